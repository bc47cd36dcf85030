package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Số tiền Nhà nước hỗ trợ đóng BHXH tự nguyện mỗi tháng: the support rate times the monthly
 * contribution at the rural poverty line (22% of the line), whatever income the participant
 * chooses.
 *
 * <p>Decree 134/2015/NĐ-CP, Art. 14.1; Law 41/2024/QH15, Art. 31.2 and 36.1; Decree 159/2025/NĐ-CP.
 */
public final class VoluntarySiStateSupport {

  public static final Variable<long[]> VOLUNTARY_SI_STATE_SUPPORT =
      Variable.money("voluntary_si_state_support")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tiền Nhà nước hỗ trợ đóng BHXH tự nguyện",
              "State support towards the voluntary SI contribution")
          .reference("Luật BHXH 41/2024/QH15, Điều 36 khoản 1; Nghị định 159/2025/NĐ-CP")
          .formula(
              "2018-01-01",
              "Nghị định 134/2015/NĐ-CP, Điều 14 khoản 1",
              VoluntarySiStateSupport::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 2, Điều 36 khoản 1; Nghị định 159/2025/NĐ-CP",
              VoluntarySiStateSupport::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    double[] rate = c.get(VoluntarySiStateSupportRate.VOLUNTARY_SI_STATE_SUPPORT_RATE);
    double contributionAtFloor =
        c.rate("social_insurance.voluntary.contribution_rate")
            * VoluntarySiContributionBase.floor(c);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(rate[i] * contributionAtFloor);
    }
  }

  private VoluntarySiStateSupport() {}
}
