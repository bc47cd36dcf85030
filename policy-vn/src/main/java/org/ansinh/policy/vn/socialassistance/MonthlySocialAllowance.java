package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Trợ cấp xã hội hằng tháng: the monthly social allowance paid — the entitlement of Decree
 * 20/2021/NĐ-CP, Art. 6. From 1 July 2025 a person also entitled to the social pension receives
 * only the higher of the two (Decree 176/2025/NĐ-CP, Art. 3 khoản 1): nothing here when the social
 * pension is paid.
 */
public final class MonthlySocialAllowance {

  public static final Variable<long[]> MONTHLY_SOCIAL_ALLOWANCE =
      Variable.money("monthly_social_allowance")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Trợ cấp xã hội hằng tháng", "Monthly social allowance")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 6; Nghị định 176/2025/NĐ-CP, Điều 3 khoản 1")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 6",
              (c, out) -> copy(c.get(SocialAllowanceEntitlement.SOCIAL_ALLOWANCE_ENTITLEMENT), out))
          .formula(
              "2025-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 6; Nghị định 176/2025/NĐ-CP, Điều 3 khoản 1",
              MonthlySocialAllowance::unlessSocialPensionPaid)
          .build();

  private static void copy(long[] entitlement, long[] out) {
    System.arraycopy(entitlement, 0, out, 0, out.length);
  }

  private static void unlessSocialPensionPaid(Computation c, long[] out) {
    long[] entitlement = c.get(SocialAllowanceEntitlement.SOCIAL_ALLOWANCE_ENTITLEMENT);
    long[] socialPension = c.get(SocialPensionAllowance.SOCIAL_PENSION_ALLOWANCE);
    for (int i = 0; i < out.length; i++) {
      out[i] = socialPension[i] > 0 ? 0 : entitlement[i];
    }
  }

  private MonthlySocialAllowance() {}
}
