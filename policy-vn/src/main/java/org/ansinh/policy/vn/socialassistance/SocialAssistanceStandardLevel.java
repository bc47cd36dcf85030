package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức chuẩn trợ giúp xã hội áp dụng: the standard level by which coefficients are multiplied — the
 * national level (Decree 20/2021/NĐ-CP, Art. 4 khoản 2, as amended by Decree 76/2024/NĐ-CP), or the
 * higher level a provincial People's Council sets (Art. 4 khoản 3): Ho Chi Minh City from 1
 * September 2025 (Resolution 35/2025/NQ-HĐND), Hanoi from 1 January 2026 (Resolution
 * 63/2025/NQ-HĐND, Art. 2). Where the national level is higher, it applies.
 */
public final class SocialAssistanceStandardLevel {

  private static final String HCMC = "social_assistance.local_standard_level.hcmc";
  private static final String HANOI = "social_assistance.local_standard_level.hanoi";

  public static final Variable<long[]> SOCIAL_ASSISTANCE_STANDARD_LEVEL =
      Variable.money("social_assistance_standard_level")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức chuẩn trợ giúp xã hội áp dụng tại nơi cư trú",
              "Social assistance standard level applied where the person lives")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 4 (sửa đổi bởi Nghị định 76/2024/NĐ-CP)")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 4; nghị quyết HĐND cấp tỉnh",
              SocialAssistanceStandardLevel::higherOfNationalAndLocal)
          .build();

  private static void higherOfNationalAndLocal(Computation c, long[] out) {
    HigherLocalAmount.fill(c, out, "social_assistance.standard_level", HCMC, HANOI);
  }

  private SocialAssistanceStandardLevel() {}
}
