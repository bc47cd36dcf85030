package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.junit.jupiter.api.Test;

class ReachTests {

  /** Only those who work now but not all year were out of work in a month of it; nobody else. */
  @Test
  void aBreakInTheYearMakesPartYearWorkersUnemployedAndLeavesEveryoneElse() {
    SyntheticPopulation p =
        new PopulationGenerator(City.HCM, LocalDate.of(2026, 1, 1)).generate(20_000, 8);
    byte[] during = Reach.employmentDuringBreak(p);
    byte unemployed = (byte) EmploymentStatus.UNEMPLOYED.ordinal();
    int changed = 0;
    for (int i = 0; i < p.persons; i++) {
      boolean partYearWorker =
          EmploymentStatus.isEmployed(p.employment[i]) && p.monthsWorked[i] < 12;
      assertThat(during[i])
          .as("person %d", i)
          .isEqualTo(partYearWorker ? unemployed : p.employment[i]);
      changed += partYearWorker ? 1 : 0;
    }
    assertThat(changed).isPositive();
    assertThat(p.employment).as("the population itself is unchanged").isNotEqualTo(during);
  }
}
