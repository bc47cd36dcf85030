package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTests {

  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

  @Test
  void theSameSeedGivesTheSamePopulation() {
    SyntheticPopulation a = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 42);
    SyntheticPopulation b = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 42);
    SyntheticPopulation c = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 43);
    assertThat(a.households).isEqualTo(b.households);
    assertThat(a.birthDate).isEqualTo(b.birthDate);
    assertThat(a.wage).isEqualTo(b.wage);
    assertThat(a.wardCode).isEqualTo(b.wardCode);
    assertThat(a.wage).isNotEqualTo(c.wage);
  }

  @Test
  void exactlyThePersonsAskedInConsecutiveHouseholdsWithAHeadFirst() {
    SyntheticPopulation p = new PopulationGenerator(City.HANOI, JANUARY).generate(10_001, 7);
    assertThat(p.persons).isEqualTo(10_001);
    assertThat(p.household[0]).isZero();
    for (int i = 1; i < p.persons; i++) {
      assertThat(p.household[i] - p.household[i - 1]).isBetween(0, 1);
      if (p.household[i] != p.household[i - 1]) {
        assertThat(p.role[i]).isZero();
      }
    }
    assertThat(p.household[p.persons - 1]).isEqualTo(p.households - 1);
  }

  /** The joint structure the studies turn on is drawn, not left independent. */
  @Test
  void migrantsAreUnregisteredYoungerAndLessOftenUnderContract() {
    SyntheticPopulation p = new PopulationGenerator(City.HCM, JANUARY).generate(100_000, 1);
    double[] contract = new double[2];
    double[] employees = new double[2];
    for (int i = 0; i < p.persons; i++) {
      int m = p.migrant[i] ? 1 : 0;
      assertThat(p.residence[i] == ResidenceStatus.PERMANENT.ordinal()).isEqualTo(!p.migrant[i]);
      if (p.employment[i] == SyntheticPopulation.EMPLOYEE) {
        employees[m]++;
        contract[m] += p.contractMonths[i] > 0 ? 1 : 0;
      }
    }
    assertThat(contract[1] / employees[1]).isLessThan(contract[0] / employees[0] - 0.1);
  }
}
