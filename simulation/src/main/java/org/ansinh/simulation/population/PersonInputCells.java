package org.ansinh.simulation.population;

import java.time.LocalDate;
import java.util.List;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.person.Sex;

/**
 * The law's person inputs a synthetic population carries, as text cells in one column order, for
 * every writer of a population: the population CSV ({@link PopulationFile}) and the registry's COPY
 * in module {@code server}. One list, so the two cannot drift apart.
 */
public final class PersonInputCells {

  /** The variables, in the order {@link #append} writes them. */
  public static final List<String> NAMES =
      List.of(
          "birth_date",
          "sex",
          "residence_status",
          "employment_status",
          "labour_contract_months",
          "monthly_wage",
          "workplace_region",
          "si_contribution_months",
          "ui_contribution_months",
          "ui_contribution_months_last_24",
          "average_wage_last_6_months",
          "voluntary_si_declared_income",
          "disability_level",
          "has_pension",
          "is_student",
          "receiving_ui_benefit");

  private static final List<String> ROLES = List.of("head", "spouse", "child", "other");

  private final String[] sex = names(Sex.values());
  private final String[] residence = names(ResidenceStatus.values());
  private final String[] employment = names(EmploymentStatus.values());
  private final String[] disability = names(DisabilityLevel.values());

  /** The household role of person {@code i}, as the population CSV and the registry spell it. */
  public static String role(SyntheticPopulation p, int i) {
    return ROLES.get(p.role[i]);
  }

  /**
   * Appends person {@code i}'s cells, separated by commas, with no comma before or after. Every
   * cell is ASCII: enumeration names, numbers, ISO dates and 1/0 for booleans (which PostgreSQL's
   * COPY reads too).
   */
  public void append(SyntheticPopulation p, int i, StringBuilder row) {
    row.append(LocalDate.ofEpochDay(p.birthDate[i]))
        .append(',')
        .append(sex[p.sex[i]])
        .append(',')
        .append(residence[p.residence[i]])
        .append(',')
        .append(employment[p.employment[i]])
        .append(',')
        .append(p.contractMonths[i])
        .append(',')
        .append(p.wage[i])
        // Region I for every person: the generator's simplification; units of lower regions are
        // not yet told apart
        .append(",1,")
        .append(p.siMonths[i])
        .append(',')
        .append(p.uiMonths[i])
        .append(',')
        .append(p.uiMonthsLast24[i])
        .append(',')
        .append(p.contractMonths[i] > 0 ? p.wage[i] : 0)
        .append(',')
        .append(p.voluntaryIncome[i])
        .append(',')
        .append(disability[p.disability[i]])
        .append(',')
        .append(bit(p.hasPension[i]))
        .append(',')
        .append(bit(p.isStudent[i]))
        .append(',')
        .append(bit(p.receivingUiBenefit[i]));
  }

  static char bit(boolean b) {
    return b ? '1' : '0';
  }

  /** The constant names of an enumeration, by ordinal. */
  public static String[] names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return names;
  }
}
