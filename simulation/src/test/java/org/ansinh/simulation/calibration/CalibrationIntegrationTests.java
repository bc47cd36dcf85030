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
import org.ansinh.simulation.population.SyntheticPopulation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A 100 k sample, generated, raked, enrolled, written and read back, meets the raked targets and
 * the coverage figures take-up is calibrated to within 1% — as long as the calibrated parameters
 * stay inside their bounds (a compliance of 1 would mean the shapes leave too few covered workers).
 */
class CalibrationIntegrationTests {

  private static final Period JANUARY = Period.month(2026, 1);

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(City.class)
  void rakedTargetsAreMetWithinOnePercentOnAHundredThousandSample(City city) {
    CalibrationTargets targets = CalibrationTargets.of(city);
    CalibratedPopulation.Result result =
        CalibratedPopulation.generate(city, 100_000, 11, JANUARY, VietnamLegislation.get());
    SyntheticPopulation sample = result.population();
    Raking.Result raking = result.raking();
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
            CityCalibration.NOT_PERMANENT,
            "compulsory_si_participants",
            "voluntary_si_participants",
            "hi_coverage_rate")) {
      assertThat(rows.get(raked).target()).as(raked + " has a published target").isNotNull();
      assertThat(Math.abs(rows.get(raked).relativeError())).as(raked).isLessThan(0.01);
    }
    if (city == City.HCM) {
      CalibrationReport.Row decisions = rows.get("ui_benefit_decisions");
      assertThat(Math.abs(decisions.relativeError())).as("UI benefit decisions").isLessThan(0.01);
      assertThat(result.uiBenefitClaim()).isBetween(0.01, 0.999);
    }
    assertThat(rows.get("ui_benefit_recipients").reached()).isPositive();
    assertThat(result.takeUp().compulsorySiCompliance()).isBetween(0.5, 0.999);
    assertThat(result.takeUp().voluntarySiIntercept()).isBetween(-19.0, 19.0);
    assertThat(result.takeUp().hiIntercept()).isBetween(-19.0, 19.0);
    assertThat(population.personCount()).isEqualTo(100_000);
  }
}
