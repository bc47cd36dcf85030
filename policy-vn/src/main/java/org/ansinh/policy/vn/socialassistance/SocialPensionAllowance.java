package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Trợ cấp hưu trí xã hội hằng tháng (from 1 July 2025): the amount applied where the person lives,
 * paid in full to an eligible person (Law 41/2024/QH15, Chapter II; Decree 176/2025/NĐ-CP, Art. 3
 * khoản 1) — unless the person is also entitled to a monthly social allowance at least as high, in
 * which case only that allowance is paid (Art. 3 khoản 1: the higher of the two).
 */
public final class SocialPensionAllowance {

  public static final Variable<long[]> SOCIAL_PENSION_ALLOWANCE =
      Variable.money("social_pension_allowance")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Trợ cấp hưu trí xã hội hằng tháng", "Monthly social pension allowance")
          .reference("Luật BHXH 41/2024/QH15, Chương II; Nghị định 176/2025/NĐ-CP, Điều 3")
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Chương II; Nghị định 176/2025/NĐ-CP, Điều 3 khoản 1",
              SocialPensionAllowance::higherOfTwo)
          .build();

  private static void higherOfTwo(Computation c, long[] out) {
    boolean[] eligible = c.get(SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE);
    long[] amount = c.get(SocialPensionAmount.SOCIAL_PENSION_AMOUNT);
    long[] socialAllowance = c.get(SocialAllowanceEntitlement.SOCIAL_ALLOWANCE_ENTITLEMENT);
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] && amount[i] > socialAllowance[i] ? amount[i] : 0;
    }
  }

  private SocialPensionAllowance() {}
}
