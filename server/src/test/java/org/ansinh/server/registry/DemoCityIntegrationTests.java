package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationGenerator;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.ansinh.simulation.population.TakeUp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
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

  SyntheticPopulation expected;
  String loadOutput;

  @BeforeAll
  void loadTheDemoCity(CapturedOutput output) throws Exception {
    demo().run(null);
    loadOutput = output.getAll();
    Period p = Period.parse(PERIOD);
    expected = new PopulationGenerator(City.HCM, p.start()).generate(PERSONS, SEED);
    TakeUp.draw(expected, legislation, p, SEED);
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
  void theLogNamesNoPerson() {
    List<String> ids = jdbc.sql("select national_id from person").query(String.class).list();
    List<String> names =
        jdbc.sql("select distinct full_name from person").query(String.class).list();

    assertThat(loadOutput).contains("Demo city");
    assertThat(ids).noneMatch(loadOutput::contains);
    assertThat(names).noneMatch(loadOutput::contains);
  }

  private DemoCity demo() {
    return new DemoCity(
        new DemoSettings(true, "hcm", PERSONS, SEED, PERIOD), dataSource, legislation);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
