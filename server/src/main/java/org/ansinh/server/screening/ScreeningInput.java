package org.ansinh.server.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.person.Sex;

/**
 * The screener's form, checked: what is known of the person in the law's own terms. The bounds are
 * those of a plausible answer (an age up to 120, a contract of at most 999 months as the law's
 * variable writes "indefinite"), not legal limits.
 */
record ScreeningInput(
    YearMonth period,
    Integer age,
    LocalDate birthDate,
    Sex sex,
    int province,
    AreaType area,
    ResidenceStatus residence,
    String homeProvince,
    EmploymentStatus work,
    int contractMonths,
    int region,
    long wage,
    int siMonths,
    int uiMonths,
    int householdSize,
    long householdIncome,
    DisabilityLevel disability,
    boolean meritorious,
    boolean receivesPension) {

  /** GSO codes of the cities whose law AnSinh carries: Ho Chi Minh City and Hanoi. */
  static final List<Integer> CITIES = List.of(79, 1);

  /** The kinds of work the form offers, in its order. */
  static final List<EmploymentStatus> WORK =
      List.of(
          EmploymentStatus.EMPLOYEE,
          EmploymentStatus.SELF_EMPLOYED,
          EmploymentStatus.UNEMPLOYED,
          EmploymentStatus.RETIRED,
          EmploymentStatus.STUDENT,
          EmploymentStatus.INACTIVE);

  /** The months the law's parameters cover: from the 2021 social assistance decree on. */
  static final YearMonth FIRST_MONTH = YearMonth.of(2021, 7);

  static final YearMonth LAST_MONTH = YearMonth.of(2030, 12);

  private static final long MAX_MONEY = 100_000_000_000L;

  /**
   * The input, or null with {@code problems} naming every field at fault. One statement per field
   * in the form's order, so every wrong field is reported at once, not the first only.
   */
  static ScreeningInput check(ScreeningForm f, List<FieldProblem> problems) {
    Reader r = new Reader(problems);
    YearMonth period = r.month("period", f.period());
    LocalDate birth = r.date("birthDate", f.birthDate(), period);
    Integer age =
        birth == null ? (int) r.whole("age", f.age(), 0, 120) : null; // the law's age from birth
    Sex sex = r.choice("sex", f.sex(), Sex.class, Set.of(Sex.values()));
    int province = (int) r.whole("city", f.city(), 1, 99);
    if (problems.stream().noneMatch(p -> p.field().equals("city")) && !CITIES.contains(province)) {
      problems.add(FieldProblem.of("city", "screening.error.choice"));
    }
    AreaType area = r.choice("area", f.area(), AreaType.class, Set.of(AreaType.values()));
    ResidenceStatus residence =
        r.choice(
            "residence", f.residence(), ResidenceStatus.class, Set.of(ResidenceStatus.values()));
    EmploymentStatus work = r.choice("work", f.work(), EmploymentStatus.class, Set.copyOf(WORK));
    int contract =
        work == EmploymentStatus.EMPLOYEE
            ? (int) r.whole("contractMonths", f.contractMonths(), 0, 999)
            : 0;
    int region = (int) r.whole("region", f.region(), 1, 4);
    long wage = r.whole("wage", f.wage(), 0, MAX_MONEY);
    int siMonths = (int) r.whole("siMonths", f.siMonths(), 0, 720);
    int uiMonths = (int) r.whole("uiMonths", f.uiMonths(), 0, 24);
    int size = (int) r.whole("householdSize", f.householdSize(), 1, 30);
    long income = r.whole("householdIncome", f.householdIncome(), 0, MAX_MONEY);
    DisabilityLevel disability =
        r.choice(
            "disability", f.disability(), DisabilityLevel.class, Set.of(DisabilityLevel.values()));
    if (!problems.isEmpty()) {
      return null;
    }
    String home = f.homeProvince() == null ? "" : f.homeProvince().strip();
    return new ScreeningInput(
        period,
        age,
        birth,
        sex,
        province,
        area,
        residence,
        home.length() > 80 ? home.substring(0, 80) : home,
        work,
        contract,
        region,
        wage,
        siMonths,
        uiMonths,
        size,
        income,
        disability,
        f.isMeritorious(),
        f.receivesPension());
  }

  /** The month screened as people write it: {@code 03/2026}. */
  public String month() {
    return String.format("%02d/%d", period.getMonthValue(), period.getYear());
  }

  /** Monthly household income per member, rounded down to the đồng. */
  long incomePerCapita() {
    return householdIncome / householdSize;
  }

  /** Reads fields one by one, adding a problem for each that cannot be read. */
  private record Reader(List<FieldProblem> problems) {

    YearMonth month(String field, String text) {
      try {
        YearMonth m = YearMonth.parse(text);
        if (m.isBefore(FIRST_MONTH) || m.isAfter(LAST_MONTH)) {
          problems.add(
              FieldProblem.of(
                  field,
                  "screening.error.monthRange",
                  FIRST_MONTH.toString(),
                  LAST_MONTH.toString()));
          return null;
        }
        return m;
      } catch (DateTimeParseException | NullPointerException e) {
        problems.add(FieldProblem.of(field, "screening.error.month"));
        return null;
      }
    }

    /** An optional date: null when empty; must not be after the month screened. */
    LocalDate date(String field, String text, YearMonth period) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        LocalDate d = LocalDate.parse(text.strip());
        if (d.isBefore(LocalDate.of(1900, 1, 1))
            || (period != null && d.isAfter(period.atEndOfMonth()))) {
          problems.add(FieldProblem.of(field, "screening.error.birthDate"));
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        problems.add(FieldProblem.of(field, "screening.error.date"));
        return null;
      }
    }

    /** A whole number in [min, max]; dots, commas and spaces between digits are allowed. */
    long whole(String field, String text, long min, long max) {
      String digits = text == null ? "" : text.strip().replaceAll("(?<=\\d)[.,  ](?=\\d)", "");
      try {
        long n = Long.parseLong(digits);
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below, as an out-of-range value is
      }
      problems.add(FieldProblem.of(field, "screening.error.whole", min, max));
      return min;
    }

    <E extends Enum<E>> E choice(String field, String text, Class<E> type, Set<E> allowed) {
      try {
        E e = Enum.valueOf(type, text == null ? "" : text.strip());
        if (allowed.contains(e)) {
          return e;
        }
      } catch (IllegalArgumentException e) {
        // reported below
      }
      problems.add(FieldProblem.of(field, "screening.error.choice"));
      return null;
    }
  }
}
