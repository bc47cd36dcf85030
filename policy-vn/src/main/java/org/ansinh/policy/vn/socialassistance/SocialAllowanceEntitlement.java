package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức trợ cấp xã hội hằng tháng theo nhóm: the standard level applied times the group's
 * coefficient, to the đồng (Decree 20/2021/NĐ-CP, Art. 6 khoản 1) — what the person is entitled to
 * before it is compared with the social pension, of which only the higher is paid (Decree
 * 176/2025/NĐ-CP, Art. 3 khoản 1).
 */
public final class SocialAllowanceEntitlement {

  public static final Variable<long[]> SOCIAL_ALLOWANCE_ENTITLEMENT =
      Variable.money("social_allowance_entitlement")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức trợ cấp xã hội hằng tháng theo hệ số (trước khi so với trợ cấp hưu trí xã hội)",
              "Monthly social allowance by coefficient (before comparison with the social pension)")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 6 khoản 1")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 6 khoản 1",
              SocialAllowanceEntitlement::standardTimesCoefficient)
          .build();

  private static void standardTimesCoefficient(Computation c, long[] out) {
    long[] standard = c.get(SocialAssistanceStandardLevel.SOCIAL_ASSISTANCE_STANDARD_LEVEL);
    double[] coefficient = c.get(SocialAssistanceCoefficient.SOCIAL_ASSISTANCE_COEFFICIENT);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(coefficient[i] * standard[i]);
    }
  }

  private SocialAllowanceEntitlement() {}
}
