package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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
    int now = AgeInMonths.monthIndex(c.date());
    Map<Integer, Integer> male = new HashMap<>();
    Map<Integer, Integer> female = new HashMap<>();
    for (int i = 0; i < out.length; i++) {
      int born =
          known[i] ? AgeInMonths.monthIndex(LocalDate.ofEpochDay(birth[i])) : now - 12 * age[i];
      boolean isFemale = sex[i] == Sex.FEMALE.ordinal();
      out[i] =
          ageReached(c, born, isFemale ? PATH + "female" : PATH + "male", isFemale ? female : male);
    }
  }

  /** The age R(y) of the first year y, from the birth year on, with born + R(y) in y or before. */
  private static int ageReached(Computation c, int born, String path, Map<Integer, Integer> cache) {
    for (int year = born / 12; year <= born / 12 + LIFETIME_YEARS; year++) {
      int r = ageForYear(c, path, year, cache);
      if (r > 0 && (born + r) / 12 <= year) {
        return r;
      }
    }
    throw new CalculationException(path + " gives no retirement age reached in a lifetime");
  }

  /** The age set for people reaching it in {@code year}; 0 before the first stored value. */
  private static int ageForYear(Computation c, String path, int year, Map<Integer, Integer> cache) {
    return cache.computeIfAbsent(
        year,
        y -> {
          LocalDate first = LocalDate.of(y, 1, 1);
          return c.hasParameterAt(path, first)
              ? (int) Math.round(c.parameterAt(path, first).number())
              : 0;
        });
  }

  private RetirementAge() {}
}
