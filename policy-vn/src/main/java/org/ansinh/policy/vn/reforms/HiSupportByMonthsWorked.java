package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Seed 004: Ho Chi Minh City supports "50% of the Health Insurance contribution for employees who
 * are confirmed to work 3-6 months in a year; 70%-100% support for those who have worked for 6
 * months or more". Read as: people in the city who buy their own card (household scheme or a partly
 * supported group — workers without a labour contract that brings payroll HI, the freelance and
 * seasonal workers the seed says slip through the net) get at least {@code low_rate} of the card
 * paid when {@code months_worked_in_year} is from 3 to under 6, and at least {@code high_rate} from
 * 6. Employees with payroll HI already have an employer's share and are unchanged.
 */
public final class HiSupportByMonthsWorked implements SeedReform {

  @Override
  public String name() {
    return "hi_support_by_months_worked";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    int lowMonths = (int) d.term("low_min_months");
    int highMonths = (int) d.term("high_min_months");
    double low = d.term("low_rate");
    double high = s.number("high_rate");
    String basis = d.source().basis();
    return SeedReform.start(d, s)
        .replace(
            CityTopUp.healthInsurance(
                s.from(), basis, c -> target(c, lowMonths, highMonths, low, high)))
        .build();
  }

  private static double[] target(
      Computation c, int lowMonths, int highMonths, double low, double high) {
    int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
    int[] worked = c.get(PersonInputs.MONTHS_WORKED_IN_YEAR);
    double[] out = new double[worked.length];
    for (int i = 0; i < out.length; i++) {
      if (province[i] != HouseholdInputs.HO_CHI_MINH_CITY) {
        continue;
      }
      if (worked[i] >= highMonths) {
        out[i] = high;
      } else if (worked[i] >= lowMonths) {
        out[i] = low;
      }
    }
    return out;
  }
}
