package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức trợ cấp hưu trí xã hội áp dụng: the social pension amount the Government sets (Law
 * 41/2024/QH15, Chapter II; Decree 176/2025/NĐ-CP, Art. 3 khoản 1), or the higher total a province
 * pays with its own top-up (Art. 3 khoản 2): Ho Chi Minh City from 1 September 2025, Hanoi from 1
 * January 2026 (Resolution 63/2025/NQ-HĐND, Art. 7).
 */
public final class SocialPensionAmount {

  private static final String HCMC = "social_assistance.social_pension.local_amount.hcmc";
  private static final String HANOI = "social_assistance.social_pension.local_amount.hanoi";

  public static final Variable<long[]> SOCIAL_PENSION_AMOUNT =
      Variable.money("social_pension_amount")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức trợ cấp hưu trí xã hội áp dụng tại nơi cư trú",
              "Social pension amount applied where the person lives")
          .reference("Luật BHXH 41/2024/QH15, Chương II; Nghị định 176/2025/NĐ-CP, Điều 3")
          .formula(
              "2025-07-01",
              "Nghị định 176/2025/NĐ-CP, Điều 3; nghị quyết HĐND cấp tỉnh",
              SocialPensionAmount::higherOfNationalAndLocal)
          .build();

  private static void higherOfNationalAndLocal(Computation c, long[] out) {
    HigherLocalAmount.fill(c, out, "social_assistance.social_pension.amount", HCMC, HANOI);
  }

  private SocialPensionAmount() {}
}
