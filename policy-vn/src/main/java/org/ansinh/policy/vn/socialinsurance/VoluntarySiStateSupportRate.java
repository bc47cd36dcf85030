package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Tổng tỷ lệ hỗ trợ tiền đóng BHXH tự nguyện: central plus provincial support, as a share of the
 * contribution at the rural poverty line, never more than the whole of it.
 *
 * <p>Law 41/2024/QH15, Art. 36; Decree 159/2025/NĐ-CP; Decree 134/2015/NĐ-CP, Art. 14.
 */
public final class VoluntarySiStateSupportRate {

  public static final Variable<double[]> VOLUNTARY_SI_STATE_SUPPORT_RATE =
      Variable.rate("voluntary_si_state_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ Nhà nước hỗ trợ tiền đóng BHXH tự nguyện",
              "State support rate for voluntary SI (central and provincial)")
          .reference("Luật BHXH 41/2024/QH15, Điều 36; Nghị định 159/2025/NĐ-CP")
          .formula(
              "2018-01-01",
              "Nghị định 134/2015/NĐ-CP, Điều 14 khoản 1",
              VoluntarySiStateSupportRate::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 36; Nghị định 159/2025/NĐ-CP",
              VoluntarySiStateSupportRate::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    double[] national = c.get(VoluntarySiNationalSupportRate.VOLUNTARY_SI_NATIONAL_SUPPORT_RATE);
    double[] local = c.get(VoluntarySiLocalSupportRate.VOLUNTARY_SI_LOCAL_SUPPORT_RATE);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.min(1.0, national[i] + local[i]);
    }
  }

  private VoluntarySiStateSupportRate() {}
}
