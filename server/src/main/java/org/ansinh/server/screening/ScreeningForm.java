package org.ansinh.server.screening;

import java.time.YearMonth;

/**
 * The screener's form as typed: every field a string, so that a wrong value is shown back to the
 * user as they wrote it, beside the message naming what is wrong. {@link #check} turns it into a
 * {@link ScreeningInput} or the list of fields at fault.
 *
 * @param period the month screened, {@code YYYY-MM}
 * @param age whole years; used when {@code birthDate} is empty
 * @param birthDate {@code YYYY-MM-DD}, optional
 * @param city GSO code of the city where the person lives: 79 (Ho Chi Minh City) or 1 (Hanoi)
 * @param area URBAN or RURAL: a ward or a commune
 * @param residence residence registration at the current place: PERMANENT, TEMPORARY, UNREGISTERED
 * @param homeProvince where a migrant has permanent residence, free text (shown, not computed)
 * @param work EMPLOYEE, SELF_EMPLOYED, UNEMPLOYED, RETIRED, STUDENT or INACTIVE
 * @param contractMonths an employee's labour contract in months (0 none, 999 indefinite)
 * @param region minimum-wage region of the workplace, 1–4
 * @param wage monthly wage, or monthly income of own-account work, in đồng
 * @param siMonths months of social insurance contributions so far
 * @param uiMonths months of unemployment insurance contributions in the 24 months before losing
 *     work
 * @param meritorious "true" when the person has meritorious service to the revolution
 * @param pension "true" when the person already receives a pension or monthly SI allowance
 */
record ScreeningForm(
    String period,
    String age,
    String birthDate,
    String sex,
    String city,
    String area,
    String residence,
    String homeProvince,
    String work,
    String contractMonths,
    String region,
    String wage,
    String siMonths,
    String uiMonths,
    String householdSize,
    String householdIncome,
    String disability,
    String meritorious,
    String pension) {

  /** The form as it first opens: a 30-year-old employee in Ho Chi Minh City, this month. */
  static ScreeningForm blank(YearMonth month) {
    return new ScreeningForm(
        month.toString(),
        "30",
        "",
        "FEMALE",
        "79",
        "URBAN",
        "PERMANENT",
        "",
        "EMPLOYEE",
        "12",
        "1",
        "8000000",
        "0",
        "0",
        "1",
        "8000000",
        "NONE",
        null,
        null);
  }

  /** This form with every empty field that has a default filled in. */
  ScreeningForm withDefaults(YearMonth month) {
    ScreeningForm d = blank(month);
    return new ScreeningForm(
        or(period, d.period),
        or(age, birthDate == null || birthDate.isBlank() ? d.age : ""),
        or(birthDate, ""),
        or(sex, d.sex),
        or(city, d.city),
        or(area, d.area),
        or(residence, d.residence),
        or(homeProvince, ""),
        or(work, d.work),
        or(contractMonths, "EMPLOYEE".equals(work) || work == null ? d.contractMonths : "0"),
        or(region, d.region),
        or(wage, "0"),
        or(siMonths, d.siMonths),
        or(uiMonths, d.uiMonths),
        or(householdSize, d.householdSize),
        or(householdIncome, "0"),
        or(disability, d.disability),
        meritorious,
        pension);
  }

  public boolean isMeritorious() {
    return "true".equals(meritorious) || "on".equals(meritorious);
  }

  public boolean receivesPension() {
    return "true".equals(pension) || "on".equals(pension);
  }

  private static String or(String given, String fallback) {
    return given == null || given.isBlank() ? fallback : given.trim();
  }
}
