package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.time.LocalDate;
import org.ansinh.engine.period.CalendarDays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.CalculationException;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.Sex;

/**
 * Tuổi nghỉ hưu trong điều kiện lao động bình thường, in months of age: from 2021 it rises by 3
 * months a year for men (60 years 3 months in 2021 to 62 in 2028) and 4 months a year for women (55
 * years 4 months in 2021 to 60 in 2035). A person's age is the one set for the calendar year in
 * which they reach it: the first year {@code y} whose age {@code R(y)}, counted from the birth
 * month, falls in {@code y} or before. Before the first stored year the first stored age applies.
 *
 * <p>Labour Code 45/2019/QH14, Art. 169.2; Decree 135/2020/NĐ-CP, Art. 4 and Appendix I; Labour
 * Code 10/2012/QH13, Art. 187.1 before 2021. Where no birth date is given the person is taken as
 * born in this month, {@code age} years ago. Early retirement is not modelled.
 */
public final class RetirementAge {

  public static final Variable<int[]> RETIREMENT_AGE_MONTHS =
      Variable.integer("retirement_age_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tuổi nghỉ hưu trong điều kiện lao động bình thường (tháng)",
              "Normal retirement age (months)")
          .unit("months")
          .reference("Bộ luật Lao động 45/2019/QH14, Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP")
          .formula(
              "1900-01-01",
              "Bộ luật Lao động 45/2019/QH14, Điều 169 khoản 2; Nghị định 135/2020/NĐ-CP, Điều 4",
              RetirementAge::compute)
          .build();

  private static final String PATH = "social_insurance.pension.retirement_age.";

  /** How far the search for the year the age is reached goes (a guard, not a legal number). */
  private static final int LIFETIME_YEARS = 150; // a search bound, not law

  private static void compute(Computation c, int[] out) {
    int[] birth = c.get(PersonInputs.BIRTH_DATE);
    boolean[] known = c.given(PersonInputs.BIRTH_DATE);
    int[] age = c.get(PersonInputs.AGE);
    byte[] sex = c.get(PersonInputs.SEX);
    int now = CalendarDays.monthIndex(c.date());
    int[] born = new int[out.length];
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    for (int i = 0; i < out.length; i++) {
      born[i] = known[i] ? CalendarDays.monthIndex(birth[i]) : now - 12 * age[i];
      firstYear = Math.min(firstYear, born[i] / 12);
      lastYear = Math.max(lastYear, born[i] / 12);
    }
    int years = Math.max(0, lastYear - firstYear) + LIFETIME_YEARS;
    AgeByYear male = new AgeByYear(c, PATH + "male", firstYear, years);
    AgeByYear female = new AgeByYear(c, PATH + "female", firstYear, years);
    for (int i = 0; i < out.length; i++) {
      out[i] = (sex[i] == Sex.FEMALE.ordinal() ? female : male).reachedBy(born[i]);
    }
  }

  /**
   * The age set for each calendar year from the first birth year of the population on, read once:
   * R(y), 0 before the first stored value. The ages only rise, so the search for the year a person
   * reaches theirs starts at the year they reach the smallest one.
   */
  private static final class AgeByYear {
    private final int firstYear;
    private final int[] ages;
    private final int smallest;

    AgeByYear(Computation c, String path, int firstYear, int years) {
      this.firstYear = firstYear;
      this.ages = new int[years];
      int min = Integer.MAX_VALUE;
      for (int k = 0; k < ages.length; k++) {
        LocalDate first = LocalDate.of(firstYear + k, 1, 1);
        ages[k] =
            c.hasParameterAt(path, first)
                ? (int) Math.round(c.parameterAt(path, first).number())
                : 0;
        if (ages[k] > 0) {
          min = Math.min(min, ages[k]);
        }
      }
      if (min == Integer.MAX_VALUE) {
        throw new CalculationException(path + " has no value");
      }
      this.smallest = min;
    }

    /** The age R(y) of the first year y with (born + R(y)) in y or before. */
    int reachedBy(int born) {
      for (int k = Math.max(born / 12, (born + smallest) / 12) - firstYear; k < ages.length; k++) {
        if (ages[k] > 0 && (born + ages[k]) / 12 <= firstYear + k) {
          return ages[k];
        }
      }
      throw new CalculationException("no retirement age reached by " + (firstYear + ages.length));
    }
  }

  private RetirementAge() {}
}
