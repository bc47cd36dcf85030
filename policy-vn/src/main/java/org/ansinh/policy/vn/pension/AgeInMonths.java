package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.CalendarDays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Tuổi tính theo tháng: months between the birth month and this month, so that a retirement age of
 * "61 years 3 months" is reached in the month named by Decree 135/2020/NĐ-CP, Appendix I. Where no
 * birth date is given, 12 times the age in whole years.
 */
public final class AgeInMonths {

  public static final Variable<int[]> AGE_IN_MONTHS =
      Variable.integer("age_in_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tuổi tính theo tháng", "Age in months")
          .unit("months")
          .reference("Nghị định 135/2020/NĐ-CP, Điều 4 và Phụ lục I")
          .formula(
              "1900-01-01",
              "Months from the birth month to this month (Nghị định 135/2020/NĐ-CP, Phụ lục I)",
              AgeInMonths::compute)
          .build();

  private static void compute(Computation c, int[] out) {
    int[] birth = c.get(PersonInputs.BIRTH_DATE);
    boolean[] known = c.given(PersonInputs.BIRTH_DATE);
    int[] age = c.get(PersonInputs.AGE);
    int month = CalendarDays.monthIndex(c.date());
    for (int i = 0; i < out.length; i++) {
      out[i] = known[i] ? month - CalendarDays.monthIndex(birth[i]) : 12 * age[i];
    }
  }

  private AgeInMonths() {}
}
