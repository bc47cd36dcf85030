package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức đóng BHYT của người lao động và người sử dụng lao động: 4.5% of the monthly wage, two thirds
 * (3%) paid by the employer and one third (1.5%) by the employee (Nghị định 146/2018/NĐ-CP Điều 7
 * khoản 1 điểm a; from 2025-07-01 Nghị định 188/2025/NĐ-CP).
 */
public final class HiPayrollContribution {

  public static final Variable<long[]> HI_EMPLOYEE_CONTRIBUTION =
      Variable.money("hi_employee_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức đóng BHYT hằng tháng của người lao động", "Employee's monthly HI contribution")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 7 khoản 1 điểm a; Nghị định 188/2025/NĐ-CP")
          .formula(
              "2018-12-01",
              "Nghị định 146/2018/NĐ-CP, Điều 7 khoản 1 điểm a",
              (c, out) -> share(c, out, "health_insurance.payroll.employee_rate"))
          .formula(
              "2025-07-01",
              "Nghị định 188/2025/NĐ-CP (mức đóng của người lao động)",
              (c, out) -> share(c, out, "health_insurance.payroll.employee_rate"))
          .build();

  public static final Variable<long[]> HI_EMPLOYER_CONTRIBUTION =
      Variable.money("hi_employer_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức đóng BHYT hằng tháng của người sử dụng lao động",
              "Employer's monthly HI contribution")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 7 khoản 1 điểm a; Nghị định 188/2025/NĐ-CP")
          .formula(
              "2018-12-01",
              "Nghị định 146/2018/NĐ-CP, Điều 7 khoản 1 điểm a",
              (c, out) -> share(c, out, "health_insurance.payroll.employer_rate"))
          .formula(
              "2025-07-01",
              "Nghị định 188/2025/NĐ-CP (mức đóng của người sử dụng lao động)",
              (c, out) -> share(c, out, "health_insurance.payroll.employer_rate"))
          .build();

  private static void share(Computation c, long[] out, String ratePath) {
    long[] base = c.get(HiContributionBase.HI_CONTRIBUTION_BASE);
    double rate = c.rate(ratePath);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(rate * base[i]);
    }
  }

  private HiPayrollContribution() {}
}
