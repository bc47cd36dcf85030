package org.ansinh.server.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.simulation.population.PopulationFacts;
import org.springframework.stereotype.Component;

/**
 * The registry as the engine's population for one period: households with members, in id order,
 * each person after their household's earlier members; every input of the law read from the column
 * of the same name. A null cell is not given, so the engine falls back to its formula or default,
 * as for an empty cell of a population CSV. Read in one transaction (repeatable read), so the
 * snapshot is consistent, through {@code COPY … TO STDOUT} straight into the engine's arrays
 * ({@link SnapshotTable}). What analysis jobs and reform runs over the registry start from.
 */
@Component
public class RegistrySnapshot {

  /** Enrolment flags of the population facts and the enrolment table's scheme each reads. */
  private static final Map<String, String> SCHEMES =
      Map.of(
          "enrolled_compulsory_si", "COMPULSORY_SI",
          "enrolled_voluntary_si", "VOLUNTARY_SI",
          "enrolled_ui", "UNEMPLOYMENT_INSURANCE",
          "has_hi_card", "HEALTH_INSURANCE",
          "receives_social_allowance", "SOCIAL_ALLOWANCE",
          "receives_social_pension", "SOCIAL_PENSION");

  private static final List<Variable<?>> HOUSEHOLD_FACTS =
      List.of(PopulationFacts.WARD_CODE, PopulationFacts.HOUSEHOLD_WEIGHT);

  private static final Map<String, String> HOUSEHOLD_FACT_COLUMNS =
      Map.of("ward_code", "h.ward_code", "household_weight", "h.sample_weight");

  private static final List<Variable<?>> PERSON_FACTS =
      PopulationFacts.all().stream()
          .filter(v -> v.entity() == PopulationFacts.IS_MIGRANT.entity())
          .toList();

  /** A person without an enrolment row is enrolled in nothing: false, not "not given". */
  private static final Map<String, String> PERSON_FACT_COLUMNS = personFactColumns();

  private static Map<String, String> personFactColumns() {
    Map<String, String> m = new java.util.HashMap<>();
    SCHEMES.keySet().forEach(flag -> m.put(flag, "coalesce(e." + flag + ", false)"));
    for (Variable<?> v : PERSON_FACTS) {
      m.putIfAbsent(v.name(), "p." + v.name());
    }
    return Map.copyOf(m);
  }

  private final DataSource dataSource;
  private final Legislation legislation;

  RegistrySnapshot(DataSource dataSource, Legislation legislation) {
    this.dataSource = dataSource;
    this.legislation = legislation;
  }

  /** Every household that has members, with its members. */
  public Population read(Period period) {
    return read(period, null, false);
  }

  /**
   * {@link #read(Period)} with the facts an access analysis or a reform comparison reads beside the
   * law's inputs ({@link PopulationFacts}): each household's ward and weight, who is a migrant and
   * from which province, the enrolments valid on the first day of the period (from the enrolment
   * table) and what each person reached (training, loans, school, emergency assistance).
   *
   * @param ward only the households of this ward; null for the whole registry
   */
  public Population readWithFacts(Period period, Integer ward) {
    return read(period, ward, true);
  }

  private Population read(Period period, Integer ward, boolean facts) {
    Entity person = legislation.entities().person();
    Entity household = legislation.entities().group();
    List<Variable<?>> personInputs = inputs(person);
    List<Variable<?>> householdInputs = inputs(household);
    if (facts) {
      personInputs.addAll(PERSON_FACTS);
      householdInputs.addAll(HOUSEHOLD_FACTS);
    }
    String inWard = ward == null ? "" : " and h.ward_code = " + ward.intValue();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // one consistent view of both tables
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        SnapshotTable persons =
            SnapshotTable.copy(
                c,
                "select p.household_id as member_of, p.role, "
                    + names(personInputs, facts ? PERSON_FACT_COLUMNS : Map.of())
                    + " from person p join household h on h.id = p.household_id"
                    + (facts ? enrolmentsOn(period) : "")
                    + " where true"
                    + inWard
                    + " order by p.household_id, p.id",
                personInputs,
                household);
        SnapshotTable households =
            SnapshotTable.copy(
                c,
                "select "
                    + names(householdInputs, facts ? HOUSEHOLD_FACT_COLUMNS : Map.of())
                    + " from household h where exists (select 1 from person p where p.household_id"
                    + " = h.id)"
                    + inWard
                    + " order by h.id",
                householdInputs,
                null);
        c.commit();
        Population population =
            new Population(
                legislation.entities(),
                households.rows(),
                persons.groupIndex(),
                persons.roleIndex(),
                null,
                null);
        persons.setInputs(population, period);
        households.setInputs(population, period);
        return population;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the registry: " + e.getMessage(), e);
    }
  }

  /**
   * Each person's enrolments valid on the period's first day, one flag a scheme, joined as {@code
   * e}: one pass over the enrolment table rather than a lookup per person and scheme.
   */
  private static String enrolmentsOn(Period period) {
    String day = "date '" + period.start() + "'";
    StringBuilder flags = new StringBuilder();
    for (Map.Entry<String, String> scheme : SCHEMES.entrySet()) {
      flags
          .append(", bool_or(scheme = '")
          .append(scheme.getValue())
          .append("') as ")
          .append(scheme.getKey());
    }
    return " left join (select person_id"
        + flags
        + " from enrolment where valid_from <= "
        + day
        + " and (valid_until is null or valid_until > "
        + day
        + ") group by person_id) e on e.person_id = p.id";
  }

  private List<Variable<?>> inputs(Entity entity) {
    List<Variable<?>> out = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      if (v.isInput() && v.entity() == entity) {
        out.add(v);
      }
    }
    return out;
  }

  /** The select list: each variable's column, or the expression {@code columns} gives for it. */
  private static String names(List<Variable<?>> variables, Map<String, String> columns) {
    List<String> names = new ArrayList<>();
    variables.forEach(
        v -> names.add(SnapshotColumn.select(v, columns.getOrDefault(v.name(), v.name()))));
    return String.join(", ", names);
  }
}
