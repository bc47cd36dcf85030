package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức đóng BHXH bắt buộc của người lao động: the employee's monthly contribution to the pension and
 * survivorship fund (8%), the sickness and maternity fund (nothing) and the occupational accident
 * fund (nothing), on the contribution base. Health and unemployment insurance are apart.
 *
 * <p>Law 58/2014/QH13, Art. 85.1; Law 41/2024/QH15, Art. 33.1.a; OSH Law 84/2015/QH13, Art. 44.1.
 */
public final class SiEmployeeContribution {

  private static final String RATES = "social_insurance.compulsory.employee_rate.";

  public static final Variable<long[]> SI_EMPLOYEE_CONTRIBUTION =
      Variable.money("si_employee_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tiền đóng BHXH bắt buộc của người lao động",
              "Employee's compulsory social insurance contribution")
          .reference("Luật BHXH 41/2024/QH15, Điều 33 khoản 1 điểm a")
          .formula(
              "2016-07-01",
              "Luật BHXH 58/2014/QH13, Điều 85 khoản 1; Luật ATVSLĐ 84/2015/QH13, Điều 44 khoản 1",
              SiEmployeeContribution::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 33 khoản 1 điểm a",
              SiEmployeeContribution::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    long[] base = c.get(SiContributionBase.SI_CONTRIBUTION_BASE);
    double rate =
        c.rate(RATES + "pension_survivorship")
            + c.rate(RATES + "sickness_maternity")
            + c.rate(RATES + "occupational_accident");
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(base[i] * rate);
    }
  }

  private SiEmployeeContribution() {}
}
