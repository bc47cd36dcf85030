package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.wages.BaseSalary;
import org.ansinh.policy.vn.wages.RegionalMinimumWage;

/**
 * Mức hưởng trợ cấp thất nghiệp hằng tháng: 60% of the average UI wage of the last 6 months of
 * contributions, at most 5 times the base salary for wages on the State's pay scales or 5 times the
 * regional minimum wage for wages set by the employer (Luật Việc làm 38/2013/QH13 Điều 50 khoản 1);
 * from 2026-01-01 at most 5 times the regional minimum wage when the contract ended, for everyone
 * (Luật Việc làm 74/2025/QH15 Điều 39 khoản 1).
 */
public final class UiMonthlyBenefit {

  private static final String P = "unemployment_insurance.benefit.";

  public static final Variable<long[]> UI_MONTHLY_BENEFIT =
      Variable.money("ui_monthly_benefit")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức hưởng trợ cấp thất nghiệp hằng tháng", "Monthly unemployment benefit")
          .reference("Luật Việc làm 38/2013/QH13, Điều 50; Luật Việc làm 74/2025/QH15, Điều 39")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 50 khoản 1",
              UiMonthlyBenefit::law2013)
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15, Điều 39 khoản 1",
              UiMonthlyBenefit::law2025)
          .build();

  private static void law2013(Computation c, long[] out) {
    boolean[] stateWage = c.get(UnemploymentInputs.STATE_SET_WAGE);
    long[] baseSalary = c.get(BaseSalary.BASE_SALARY);
    long[] minimumWage = c.get(RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
    double stateMultiple = c.number(P + "cap_base_salary_multiple");
    double regionalMultiple = c.number(P + "cap_regional_minimum_wage_multiple");
    long[] cap = new long[out.length];
    for (int i = 0; i < out.length; i++) {
      cap[i] =
          stateWage[i]
              ? Math.round(stateMultiple * baseSalary[i])
              : Math.round(regionalMultiple * minimumWage[i]);
    }
    benefit(c, out, cap);
  }

  private static void law2025(Computation c, long[] out) {
    long[] minimumWage = c.get(RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
    double multiple = c.number(P + "cap_regional_minimum_wage_multiple");
    long[] cap = new long[out.length];
    for (int i = 0; i < out.length; i++) {
      cap[i] = Math.round(multiple * minimumWage[i]);
    }
    benefit(c, out, cap);
  }

  private static void benefit(Computation c, long[] out, long[] cap) {
    boolean[] eligible = c.get(UiBenefitEligible.UI_BENEFIT_ELIGIBLE);
    long[] average = c.get(PersonInputs.AVERAGE_WAGE_LAST_6_MONTHS);
    double rate = c.rate(P + "replacement_rate");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? Math.min(Math.round(rate * average[i]), cap[i]) : 0;
    }
  }

  private UiMonthlyBenefit() {}
}
