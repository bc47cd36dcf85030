package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.parameter.Scale;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Thời gian hưởng trợ cấp thất nghiệp: 3 months for 12 to 36 months of contributions, one more
 * month for each further full 12 months, at most 12 months (Luật Việc làm 38/2013/QH13 Điều 50
 * khoản 2; Luật Việc làm 74/2025/QH15 Điều 39), counted on the months not yet used for a benefit.
 */
public final class UiBenefitMonths {

  public static final Variable<int[]> UI_BENEFIT_MONTHS =
      Variable.integer("ui_benefit_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Số tháng hưởng trợ cấp thất nghiệp", "Months of unemployment benefit")
          .unit("months")
          .reference(
              "Luật Việc làm 38/2013/QH13, Điều 50 khoản 2; Luật Việc làm 74/2025/QH15, Điều 39")
          .formula(
              "2015-01-01", "Luật Việc làm 38/2013/QH13, Điều 50 khoản 2", UiBenefitMonths::compute)
          .formula("2026-01-01", "Luật Việc làm 74/2025/QH15, Điều 39", UiBenefitMonths::compute)
          .build();

  private static void compute(Computation c, int[] out) {
    boolean[] eligible = c.get(UiBenefitEligible.UI_BENEFIT_ELIGIBLE);
    int[] months = c.get(PersonInputs.UI_CONTRIBUTION_MONTHS);
    Scale duration = c.scale("unemployment_insurance.benefit.duration_months");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? (int) Math.round(duration.lookup(months[i])) : 0;
    }
  }

  private UiBenefitMonths() {}
}
