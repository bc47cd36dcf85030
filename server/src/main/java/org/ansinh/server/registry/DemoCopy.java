package org.ansinh.server.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.person.Sex;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceGroup;
import org.ansinh.simulation.population.PersonInputCells;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a synthetic population into the registry with PostgreSQL's COPY: households, persons and
 * enrolments, in one transaction the caller commits. Ids continue after the highest in the tables,
 * and the identity sequences are moved past them.
 */
final class DemoCopy {

  private static final int BATCH = 10_000; // not law: rows per write to the COPY stream

  private final Connection connection;
  private final CopyManager copy;

  DemoCopy(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  /**
   * @param observed the first day of the month the sample describes: enrolments observed then start
   *     on it
   * @param progress receives the share done, 0–100
   */
  void write(SyntheticPopulation p, LocalDate observed, long seed, IntConsumer progress)
      throws SQLException, IOException {
    long householdBase = maxId("household");
    long personBase = maxId("person");
    int total = p.households + 2 * p.persons;
    households(p, householdBase, done -> progress.accept(done * 100 / total));
    persons(
        p,
        householdBase,
        personBase,
        seed,
        done -> progress.accept((p.households + done) * 100 / total));
    enrolments(
        p,
        personBase,
        observed,
        done -> progress.accept((p.households + p.persons + done) * 100 / total));
    try (Statement s = connection.createStatement()) {
      for (String table : new String[] {"household", "person", "enrolment"}) {
        s.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), greatest((select max(id) from "
                + table
                + "), 1))");
      }
    }
  }

  private void households(SyntheticPopulation p, long base, IntConsumer progress)
      throws SQLException, IOException {
    String[] area = PersonInputCells.names(AreaType.values());
    copyRows(
        "copy household (id, code, ward_code, source, sample_weight, province, area_type,"
            + " household_income_per_capita, deprivation_count) from stdin (format csv)",
        p.households,
        (h, rows) -> {
          long id = base + h + 1;
          rows.append(id)
              .append(",DEMO-")
              .append(p.city.provinceCode())
              .append('-')
              .append(id)
              .append(',')
              .append(p.wardCode[h])
              .append(",demo,")
              .append(p.weight[h])
              .append(',')
              .append(p.city.provinceCode())
              .append(',')
              .append(area[p.areaType[h]])
              .append(',')
              .append(p.incomePerCapita[h])
              .append(',')
              .append(p.deprivations[h])
              .append('\n');
        },
        progress);
  }

  /** One row per person; long because the column list and the appends must stay side by side. */
  private void persons(
      SyntheticPopulation p, long householdBase, long personBase, long seed, IntConsumer progress)
      throws SQLException, IOException {
    PersonInputCells cells = new PersonInputCells();
    String[] assistance = PersonInputCells.names(SocialAssistanceGroup.values());
    SyntheticNames names = new SyntheticNames(seed);
    String[] family = {null}; // the household's family name, drawn at its first member
    int[] currentHousehold = {-1};
    copyRows(
        "copy person (id, household_id, role, national_id, full_name, is_migrant, "
            + String.join(", ", PersonInputCells.NAMES)
            + ", months_worked_in_year, registered_in_social_registry, home_province,"
            + " received_vocational_training_support, has_preferential_loan,"
            + " attends_public_school, received_emergency_assistance, social_assistance_group,"
            + " is_orphan, disadvantaged_student) from stdin (format csv)",
        p.persons,
        (i, rows) -> {
          int h = p.household[i];
          if (h != currentHousehold[0]) {
            currentHousehold[0] = h;
            family[0] = names.family();
          }
          boolean f = p.sex[i] == Sex.FEMALE.ordinal();
          LocalDate birth = LocalDate.ofEpochDay(p.birthDate[i]);
          // A spouse keeps their own family name, as in Vietnam.
          String role = PersonInputCells.role(p, i);
          String name = names.fullName(role.equals("spouse") ? names.family() : family[0], f);
          rows.append(personBase + i + 1)
              .append(',')
              .append(householdBase + h + 1)
              .append(',')
              .append(role)
              .append(',')
              .append(SyntheticNames.nationalId(p.city.provinceCode(), birth.getYear(), f, i))
              .append(',')
              .append(name)
              .append(',')
              .append(p.migrant[i])
              .append(',');
          cells.append(p, i, rows);
          rows.append(',')
              .append(p.monthsWorked[i])
              .append(',')
              .append(p.registeredInSocialRegistry[i])
              .append(',')
              .append(p.homeProvince[i])
              .append(',')
              .append(p.receivedTrainingSupport[i])
              .append(',')
              .append(p.hasPreferentialLoan[i])
              .append(',')
              .append(p.attendsPublicSchool[i])
              .append(',')
              .append(p.receivedEmergencyAssistance[i])
              .append(',')
              .append(assistance[p.socialAssistanceGroup[i]])
              .append(',')
              .append(p.isOrphan[i])
              .append(',')
              .append(p.disadvantagedStudent[i])
              .append('\n');
        },
        progress);
  }

  /** The enrolments the sample draws, each as observed from the sample's month. */
  private void enrolments(
      SyntheticPopulation p, long personBase, LocalDate observed, IntConsumer progress)
      throws SQLException, IOException {
    copyRows(
        "copy enrolment (person_id, scheme, valid_from) from stdin (format csv)",
        p.persons,
        (i, rows) -> {
          long id = personBase + i + 1;
          enrol(rows, id, p.enrolledCompulsorySi[i], "COMPULSORY_SI", observed);
          enrol(rows, id, p.enrolledVoluntarySi[i], "VOLUNTARY_SI", observed);
          enrol(rows, id, p.enrolledUi[i], "UNEMPLOYMENT_INSURANCE", observed);
          enrol(rows, id, p.hasHiCard[i], "HEALTH_INSURANCE", observed);
          enrol(rows, id, p.receivesSocialAllowance[i], "SOCIAL_ALLOWANCE", observed);
          enrol(rows, id, p.receivesSocialPension[i], "SOCIAL_PENSION", observed);
        },
        progress);
  }

  /** Writes row {@code i} (0 ≤ i < count) as CSV lines, ending each with a newline. */
  @FunctionalInterface
  private interface RowWriter {
    void write(int i, StringBuilder rows);
  }

  /**
   * One COPY: the rows written in batches, progress after each; on any failure the COPY is
   * cancelled so the connection's transaction can be rolled back.
   */
  private void copyRows(String sql, int count, RowWriter writer, IntConsumer progress)
      throws SQLException, IOException {
    CopyIn in = copy.copyIn(sql);
    StringBuilder rows = new StringBuilder();
    try {
      for (int i = 0; i < count; i++) {
        writer.write(i, rows);
        if ((i + 1) % BATCH == 0) {
          flush(in, rows);
          progress.accept(i + 1);
        }
      }
      flush(in, rows);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void enrol(
      StringBuilder rows, long person, boolean enrolled, String scheme, LocalDate from) {
    if (enrolled) {
      rows.append(person).append(',').append(scheme).append(',').append(from).append('\n');
    }
  }

  private static void flush(CopyIn in, StringBuilder rows) throws SQLException {
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    rows.setLength(0);
  }

  private long maxId(String table) throws SQLException {
    try (Statement s = connection.createStatement();
        var rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
