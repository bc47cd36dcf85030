package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.simulation.Simulation;
import org.ansinh.policy.vn.VietnamOutputs;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.calibration.CalibratedPopulation;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationFacts;
import org.ansinh.simulation.population.PopulationFile;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small demo city through the same path {@code ansinh demo} takes (generate, weight, COPY), then
 * checked against the population it came from. The counts to match are the generator's own draw,
 * regenerated here with the same seed, not numbers read back from the registry.
 */
@ServerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityIntegrationTests {

  static final int PERSONS = 3_000;
  static final long SEED = 11;
  static final String PERIOD = "2026-01";

  @Autowired DataSource dataSource;
  @Autowired Legislation legislation;
  @Autowired JdbcClient jdbc;
  @Autowired RegistrySnapshot snapshot;

  SyntheticPopulation expected;
  String loadOutput;

  @BeforeAll
  void loadTheDemoCity(CapturedOutput output) throws Exception {
    demo().run(null);
    loadOutput = output.getAll();
    Period p = Period.parse(PERIOD);
    expected = CalibratedPopulation.generate(City.HCM, PERSONS, SEED, p, legislation).population();
  }

  @Test
  void everyPersonAndHouseholdIsInTheRegistry() {
    assertThat(count("select count(*) from household where source = 'demo'"))
        .isEqualTo(expected.households);
    assertThat(
            count(
                "select count(*) from person p join household h on h.id = p.household_id"
                    + " where h.source = 'demo'"))
        .isEqualTo(PERSONS);
    assertThat(count("select count(distinct national_id) from person")).isEqualTo(PERSONS);
  }

  @Test
  void enrolmentsAreTheOnesTheSampleDrew() {
    long compulsory = 0;
    long hiCards = 0;
    for (int i = 0; i < expected.persons; i++) {
      compulsory += expected.enrolledCompulsorySi[i] ? 1 : 0;
      hiCards += expected.hasHiCard[i] ? 1 : 0;
    }

    assertThat(count("select count(*) from enrolment where scheme = 'COMPULSORY_SI'"))
        .isEqualTo(compulsory);
    assertThat(count("select count(*) from enrolment where scheme = 'HEALTH_INSURANCE'"))
        .isEqualTo(hiCards);
  }

  @Test
  void householdsLiveInKnownUnitsOfTheCity() {
    assertThat(
            count(
                "select count(*) from household h join area a on a.code = h.ward_code"
                    + " where h.source = 'demo' and a.province_code = 79"))
        .isEqualTo(expected.households);
  }

  @Test
  void aSecondStartLoadsNothing() throws Exception {
    demo().run(null);

    assertThat(count("select count(*) from person")).isEqualTo(PERSONS);
  }

  @Test
  void reEntriesArePersonsAgainWithoutTheirIdInTheirOwnHousehold() throws Exception {
    try (var c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        assertThat(DemoReentries.write(c, 3)).isEqualTo(3);
        try (var s = c.createStatement();
            var rs =
                s.executeQuery(
                    "select count(*), count(distinct a.id) from person r join person a"
                        + " on a.household_id = r.household_id and a.birth_date = r.birth_date"
                        + " and a.name_folded = r.name_folded and a.id < r.id"
                        + " where r.id > (select max(id) - 3 from person)"
                        + " and r.national_id is null and a.national_id is not null")) {
          rs.next();
          assertThat(rs.getLong(1)).as("re-entries paired with their original").isEqualTo(3);
          assertThat(rs.getLong(2)).as("distinct originals").isEqualTo(3);
        }
      } finally {
        c.rollback();
      }
    }
  }

  @Test
  void theLogNamesNoPerson() {
    List<String> ids = jdbc.sql("select national_id from person").query(String.class).list();
    List<String> names =
        jdbc.sql("select distinct full_name from person").query(String.class).list();

    assertThat(loadOutput).contains("Demo city");
    assertThat(ids).noneMatch(loadOutput::contains);
    assertThat(names).noneMatch(loadOutput::contains);
  }

  /**
   * Read back as the engine's population, the registry gives every main output of the law the same
   * value, person by person, as the population file the generator writes for the same draw.
   */
  @Test
  void theRegistryIsTheSamePopulationForTheLaw(@TempDir Path dir) {
    Period period = Period.parse(PERIOD);
    Path file = dir.resolve("population.csv");
    PopulationFile.write(expected, file);
    Legislation withFacts = PopulationFacts.extend(legislation);
    Population fromFile = new PopulationCsvReader(withFacts, period, 1).read(file, null);

    Population fromRegistry = snapshot.read(period);

    assertThat(fromRegistry.personCount()).isEqualTo(fromFile.personCount());
    assertThat(fromRegistry.groupCount()).isEqualTo(fromFile.groupCount());
    assertThat(fromRegistry.roleOfPerson()).isEqualTo(fromFile.roleOfPerson());
    Simulation registry = new Simulation(legislation, fromRegistry);
    Simulation reference = new Simulation(withFacts, fromFile);
    // the main outputs, and every input of the law the generator writes: an input the registry
    // does not load would otherwise go unseen until an analysis over the registry read it
    List<String> compared = new ArrayList<>(VietnamOutputs.MAIN);
    for (String column : firstLine(file).split(",")) {
      if (legislation.hasVariable(column) && !compared.contains(column)) {
        compared.add(column);
      }
    }
    for (String output : compared) {
      Object actual = registry.calculate(output, period);
      Object wanted = reference.calculate(output, period);
      int differs = firstDifference(actual, wanted);
      assertThat(differs)
          .as(
              "%s of person %d: %s from the registry, %s from the file",
              output,
              differs,
              differs < 0 ? null : Array.get(actual, differs),
              differs < 0 ? null : Array.get(wanted, differs))
          .isEqualTo(-1);
    }
  }

  /**
   * With its facts (ward, weight, migration, enrolments valid on the period's first day, what each
   * person reached), the registry gives the access analysis the same table as the population file
   * the generator writes for the same draw.
   */
  @Test
  void theRegistryWithItsFactsGivesTheSameAccessAsTheFile(@TempDir Path dir) {
    Period period = Period.parse(PERIOD);
    Path file = dir.resolve("population.csv");
    PopulationFile.write(expected, file);
    Legislation withFacts = PopulationFacts.extend(legislation);
    Population fromFile = new PopulationCsvReader(withFacts, period, 1).read(file, null);
    List<String> by = List.of("sector", "residence", "migrant");

    List<AccessTable.Row> fromRegistry =
        AccessTable.of(
            AccessAnalysis.run(snapshot.readWithFacts(period, null), withFacts, period), by);

    assertThat(fromRegistry)
        .isEqualTo(AccessTable.of(AccessAnalysis.run(fromFile, withFacts, period), by));
  }

  /** The first index where two arrays of values differ, -1 if none. */
  private static int firstDifference(Object a, Object b) {
    assertThat(Array.getLength(a)).isEqualTo(Array.getLength(b));
    for (int i = 0; i < Array.getLength(a); i++) {
      if (!Array.get(a, i).equals(Array.get(b, i))) {
        return i;
      }
    }
    return -1;
  }

  private DemoCity demo() {
    return new DemoCity(
        new DemoSettings(true, "hcm", PERSONS, SEED, PERIOD, 0), dataSource, legislation);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static String firstLine(Path file) {
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
