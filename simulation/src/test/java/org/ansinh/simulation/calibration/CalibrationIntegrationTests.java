package org.ansinh.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationFacts;
import org.ansinh.simulation.population.PopulationFile;
import org.ansinh.simulation.population.PopulationGenerator;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A 100 k sample, generated, raked, written and read back, meets the raked targets within 1%. */
class CalibrationIntegrationTests {

  private static final Period JANUARY = Period.month(2026, 1);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(City.class)
  void rakedTargetsAreMetWithinOnePercentOnAHundredThousandSample(City city) {
    CalibrationTargets targets = CalibrationTargets.of(city);
    SyntheticPopulation sample =
        new PopulationGenerator(city, JANUARY.start()).generate(100_000, 11);
    Raking.Result raking = CityCalibration.rake(sample, targets, JANUARY.start());
    Path file = dir.resolve(city.key() + ".csv");
    PopulationFile.write(sample, file);

    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = new PopulationCsvReader(legislation, JANUARY, 2).read(file, null);
    Map<String, CalibrationReport.Row> rows =
        CalibrationReport.of(population, legislation, JANUARY, targets).stream()
            .collect(Collectors.toMap(CalibrationReport.Row::key, r -> r));

    assertThat(raking.maxRelativeError()).isLessThan(0.01);
    for (String raked :
        List.of(
            CityCalibration.POPULATION,
            CityCalibration.UNDER_15,
            CityCalibration.OVER_60,
            CityCalibration.NOT_PERMANENT)) {
      assertThat(rows.get(raked).target()).as(raked + " has a published target").isNotNull();
      assertThat(Math.abs(rows.get(raked).relativeError())).as(raked).isLessThan(0.01);
    }
    assertThat(population.personCount()).isEqualTo(100_000);
  }
}
