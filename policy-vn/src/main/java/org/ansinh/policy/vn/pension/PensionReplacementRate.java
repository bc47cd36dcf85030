package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.Sex;

/**
 * Tỷ lệ hưởng lương hưu hằng tháng: 45% of the average contribution base for 15 years of
 * contributions (women) or 20 years (men; 16 to 19 years for men retiring 2018–2021), plus 2% a
 * year beyond, at most 75%. From 1 July 2025 men with 15 to under 20 years get 40% plus 1% a year
 * beyond 15. 0 without the minimum years for a pension. The reduction for early retirement is not
 * modelled.
 *
 * <p>Law 58/2014/QH13, Art. 56.2 and 74.2; Law 41/2024/QH15, Art. 66.1.
 */
public final class PensionReplacementRate {

  private static final String P = "social_insurance.pension.";
  private static final String RR = P + "replacement_rate.";
  private static final String SHORT = RR + "men_short_career.";

  public static final Variable<double[]> PENSION_REPLACEMENT_RATE =
      Variable.rate("pension_replacement_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tỷ lệ hưởng lương hưu hằng tháng", "Pension replacement rate")
          .reference("Luật BHXH 41/2024/QH15, Điều 66 khoản 1")
          .formula(
              "2018-01-01",
              "Luật BHXH 58/2014/QH13, Điều 56 khoản 2, Điều 74 khoản 2",
              (c, out) -> compute(c, out, false))
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 66 khoản 1",
              (c, out) -> compute(c, out, true))
          .build();

  private static void compute(Computation c, double[] out, boolean menShortCareer) {
    int[] months = c.get(PersonInputs.SI_CONTRIBUTION_MONTHS);
    double[] years = c.get(PensionContributionYears.PENSION_CONTRIBUTION_YEARS);
    byte[] sex = c.get(PersonInputs.SEX);
    int minMonths = 12 * c.integer(P + "min_contribution_years");
    double base = c.rate(RR + "base_rate");
    double step = c.rate(RR + "increment_per_year");
    double max = c.rate(RR + "max_rate");
    double womenYears = c.number(RR + "base_years_female");
    double menYears = c.number(RR + "base_years_male");
    MenShortCareer shortCareer = menShortCareer ? new MenShortCareer(c) : null;
    for (int i = 0; i < out.length; i++) {
      if (months[i] < minMonths) {
        continue;
      }
      double rate;
      if (sex[i] == Sex.FEMALE.ordinal()) {
        rate = base + step * (years[i] - womenYears);
      } else if (shortCareer != null && years[i] < shortCareer.upperYears) {
        rate = shortCareer.baseRate + shortCareer.step * (years[i] - shortCareer.baseYears);
      } else {
        rate = base + step * (years[i] - menYears);
      }
      out[i] = Math.min(rate, max);
    }
  }

  /** The scale for men with 15 to under 20 years (Law 41/2024/QH15, Art. 66.1.b). */
  private static final class MenShortCareer {
    final double baseRate;
    final double baseYears;
    final double upperYears;
    final double step;

    MenShortCareer(Computation c) {
      baseRate = c.rate(SHORT + "base_rate");
      baseYears = c.number(SHORT + "base_years");
      upperYears = c.number(SHORT + "upper_years");
      step = c.rate(SHORT + "increment_per_year");
    }
  }

  private PensionReplacementRate() {}
}
