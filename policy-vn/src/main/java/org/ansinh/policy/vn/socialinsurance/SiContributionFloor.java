package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.wages.RegionalMinimumWage;

/**
 * Tiền lương làm căn cứ đóng BHXH bắt buộc thấp nhất: the lowest monthly contribution base of an
 * employee under a labour contract — the regional minimum wage of the workplace (times a multiple
 * of 1; the +7% for trained workers of QĐ 595/QĐ-BHXH is not modelled).
 *
 * <p>QĐ 595/QĐ-BHXH, Art. 6.2 (to 2025-06-30); Law 41/2024/QH15, Art. 31.1 and Decree
 * 158/2025/NĐ-CP, Art. 7 (from 2025-07-01; clause uncertain, see the parameter file).
 */
public final class SiContributionFloor {

  public static final Variable<long[]> SI_CONTRIBUTION_FLOOR =
      Variable.money("si_contribution_floor")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tiền lương tháng đóng BHXH bắt buộc thấp nhất",
              "Lowest monthly compulsory SI contribution base")
          .reference("Luật BHXH 41/2024/QH15, Điều 31; Nghị định 158/2025/NĐ-CP, Điều 7")
          .formula(
              "2017-05-01", "Quyết định 595/QĐ-BHXH, Điều 6 khoản 2", SiContributionFloor::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 1; Nghị định 158/2025/NĐ-CP, Điều 7",
              SiContributionFloor::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    long[] minimumWage = c.get(RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
    double multiple = c.number("social_insurance.compulsory.floor_minimum_wage_multiple");
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(multiple * minimumWage[i]);
    }
  }

  private SiContributionFloor() {}
}
