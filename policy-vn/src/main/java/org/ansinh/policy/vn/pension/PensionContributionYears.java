package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Số năm đóng BHXH để tính tỷ lệ hưởng lương hưu: whole years of contributions, odd months from 1
 * to 6 counting as half a year and from 7 to 11 as a whole year.
 *
 * <p>Law 41/2024/QH15, Art. 5.6; Decree 115/2015/NĐ-CP, Art. 7 under the 2014 law (clause
 * uncertain).
 */
public final class PensionContributionYears {

  public static final Variable<double[]> PENSION_CONTRIBUTION_YEARS =
      Variable.decimal("pension_contribution_years")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số năm đóng BHXH tính tỷ lệ hưởng lương hưu",
              "Contribution years counted for the pension replacement rate")
          .unit("years")
          .reference("Luật BHXH 41/2024/QH15, Điều 5 khoản 6")
          .formula(
              "2016-01-01", "Nghị định 115/2015/NĐ-CP, Điều 7", PensionContributionYears::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 5 khoản 6",
              PensionContributionYears::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    int[] months = c.get(PersonInputs.SI_CONTRIBUTION_MONTHS);
    int halfYearMax =
        c.integer("social_insurance.pension.replacement_rate.odd_months_half_year_max");
    for (int i = 0; i < out.length; i++) {
      int odd = months[i] % 12;
      double extra = odd == 0 ? 0 : odd <= halfYearMax ? 0.5 : 1;
      out[i] = months[i] / 12 + extra;
    }
  }

  private PensionContributionYears() {}
}
