package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.wages.BaseSalary;
import org.ansinh.policy.vn.wages.RegionalMinimumWage;

/**
 * Tiền lương tháng đóng BHTN: the monthly wage (the SI wage before the SI ceiling), capped at 20
 * times the base salary for wages on the State's pay scales and 20 times the regional minimum wage
 * for wages set by the employer (Luật Việc làm 38/2013/QH13 Điều 58); from 2026-01-01 one cap of 20
 * times the regional minimum wage for everyone (Luật Việc làm 74/2025/QH15). Zero when not covered.
 */
public final class UiContributionBase {

  private static final String P = "unemployment_insurance.contribution.";

  public static final Variable<long[]> UI_CONTRIBUTION_BASE =
      Variable.money("ui_contribution_base")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tiền lương tháng đóng BHTN", "Monthly wage on which UI is paid")
          .reference("Luật Việc làm 38/2013/QH13, Điều 58; Luật Việc làm 74/2025/QH15")
          .formula("2015-01-01", "Luật Việc làm 38/2013/QH13, Điều 58", UiContributionBase::law2013)
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15 (tiền lương tháng đóng BHTN)",
              UiContributionBase::law2025)
          .build();

  private static void law2013(Computation c, long[] out) {
    boolean[] covered = c.get(UiCovered.UI_COVERED);
    long[] wage = c.get(PersonInputs.MONTHLY_WAGE);
    boolean[] stateWage = c.get(UnemploymentInputs.STATE_SET_WAGE);
    long[] baseSalary = c.get(BaseSalary.BASE_SALARY);
    long[] minimumWage = c.get(RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
    double stateMultiple = c.number(P + "base_ceiling_base_salary_multiple");
    double regionalMultiple = c.number(P + "base_ceiling_regional_minimum_wage_multiple");
    for (int i = 0; i < out.length; i++) {
      long cap =
          stateWage[i]
              ? Math.round(stateMultiple * baseSalary[i])
              : Math.round(regionalMultiple * minimumWage[i]);
      out[i] = covered[i] ? Math.min(wage[i], cap) : 0;
    }
  }

  private static void law2025(Computation c, long[] out) {
    boolean[] covered = c.get(UiCovered.UI_COVERED);
    long[] wage = c.get(PersonInputs.MONTHLY_WAGE);
    long[] minimumWage = c.get(RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
    double multiple = c.number(P + "base_ceiling_regional_minimum_wage_multiple");
    for (int i = 0; i < out.length; i++) {
      out[i] = covered[i] ? Math.min(wage[i], Math.round(multiple * minimumWage[i])) : 0;
    }
  }

  private UiContributionBase() {}
}
