package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức đóng BHTN: 1% of the monthly UI wage by the employee and 1% by the employer (Luật Việc làm
 * 38/2013/QH13 Điều 57 khoản 1; from 2026-01-01 Luật Việc làm 74/2025/QH15, at most 1% each, and
 * Nghị định 374/2025/NĐ-CP).
 */
public final class UiContribution {

  private static final String P = "unemployment_insurance.contribution.";

  public static final Variable<long[]> UI_EMPLOYEE_CONTRIBUTION =
      Variable.money("ui_employee_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức đóng BHTN hằng tháng của người lao động", "Employee's monthly UI contribution")
          .reference("Luật Việc làm 38/2013/QH13, Điều 57 khoản 1 điểm a; Nghị định 374/2025/NĐ-CP")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 57 khoản 1 điểm a",
              (c, out) -> share(c, out, P + "employee_rate"))
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15; Nghị định 374/2025/NĐ-CP (mức đóng BHTN)",
              (c, out) -> share(c, out, P + "employee_rate"))
          .build();

  public static final Variable<long[]> UI_EMPLOYER_CONTRIBUTION =
      Variable.money("ui_employer_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức đóng BHTN hằng tháng của người sử dụng lao động",
              "Employer's monthly UI contribution")
          .reference("Luật Việc làm 38/2013/QH13, Điều 57 khoản 1 điểm b; Nghị định 374/2025/NĐ-CP")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 57 khoản 1 điểm b",
              (c, out) -> share(c, out, P + "employer_rate"))
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15; Nghị định 374/2025/NĐ-CP (mức đóng BHTN)",
              (c, out) -> share(c, out, P + "employer_rate"))
          .build();

  private static void share(Computation c, long[] out, String ratePath) {
    long[] base = c.get(UiContributionBase.UI_CONTRIBUTION_BASE);
    double rate = c.rate(ratePath);
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(rate * base[i]);
    }
  }

  private UiContribution() {}
}
