package org.ansinh.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.PopulationGenerator;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.junit.jupiter.api.Test;

class RakingTests {

  @Test
  void raisesTheWeightOfUnderRepresentedCategoriesUntilTheMarginHolds() {
    SyntheticPopulation p =
        new PopulationGenerator(City.HCM, LocalDate.of(2026, 1, 1)).generate(20_000, 3);
    int[] migrant = new int[p.persons];
    for (int i = 0; i < p.persons; i++) {
      migrant[i] = p.migrant[i] ? 1 : 0;
    }
    java.util.Arrays.fill(p.weight, 0, p.households, 1.0);
    Raking.Result r =
        Raking.rake(
            p,
            List.of(
                new Raking.Margin(
                    "migrants", false, migrant, new double[] {0.5, 0.5}, 1_000_000.0)),
            50,
            1e-6);
    double total = 0;
    double migrants = 0;
    for (int i = 0; i < p.persons; i++) {
      total += p.weight[p.household[i]];
      migrants += p.migrant[i] ? p.weight[p.household[i]] : 0;
    }
    assertThat(r.maxRelativeError()).isLessThan(1e-6);
    assertThat(total).isCloseTo(1_000_000, within(1.0));
    assertThat(migrants / total).isCloseTo(0.5, within(1e-6));
  }
}
