package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Số tiền người tham gia BHXH tự nguyện tự đóng mỗi tháng: 22% of the chosen income, less the
 * State's support; 0 for someone who may not join.
 *
 * <p>Law 58/2014/QH13, Art. 87.1; Decree 134/2015/NĐ-CP, Art. 14; Law 41/2024/QH15, Art. 32.2 and
 * 36.1; Decree 159/2025/NĐ-CP.
 */
public final class VoluntarySiMonthlyContribution {

  public static final Variable<long[]> VOLUNTARY_SI_MONTHLY_CONTRIBUTION =
      Variable.money("voluntary_si_monthly_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tiền tự đóng BHXH tự nguyện hằng tháng",
              "Participant's own monthly voluntary SI payment")
          .reference("Luật BHXH 41/2024/QH15, Điều 32 khoản 2, Điều 36")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 87 khoản 1; Nghị định 134/2015/NĐ-CP, Điều 14",
              VoluntarySiMonthlyContribution::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 32 khoản 2, Điều 36 khoản 1",
              VoluntarySiMonthlyContribution::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    boolean[] eligible = c.get(VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE);
    long[] base = c.get(VoluntarySiContributionBase.VOLUNTARY_SI_CONTRIBUTION_BASE);
    long[] support = c.get(VoluntarySiStateSupport.VOLUNTARY_SI_STATE_SUPPORT);
    double rate = c.rate("social_insurance.voluntary.contribution_rate");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? Math.round(rate * base[i]) - support[i] : 0;
    }
  }

  private VoluntarySiMonthlyContribution() {}
}
