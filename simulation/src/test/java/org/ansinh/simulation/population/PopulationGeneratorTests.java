package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceGroup;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTests {

  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

  /** The 34 province codes of Quyết định 19/2025/QĐ-TTg (in force from 1 July 2025). */
  private static final Set<Integer> PROVINCES_2025 =
      Set.of(
          1, 4, 8, 11, 12, 14, 15, 19, 20, 22, 24, 25, 31, 33, 37, 38, 40, 42, 44, 46, 48, 51, 52,
          56, 66, 68, 75, 79, 80, 82, 86, 91, 92, 96);

  @Test
  void theSameSeedGivesTheSamePopulation() {
    SyntheticPopulation a = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 42);
    SyntheticPopulation b = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 42);
    SyntheticPopulation c = new PopulationGenerator(City.HCM, JANUARY).generate(5_000, 43);
    assertThat(a.households).isEqualTo(b.households);
    assertThat(a.birthDate).isEqualTo(b.birthDate);
    assertThat(a.wage).isEqualTo(b.wage);
    assertThat(a.wardCode).isEqualTo(b.wardCode);
    assertThat(a.residence).isEqualTo(b.residence);
    assertThat(a.monthsWorked).isEqualTo(b.monthsWorked);
    assertThat(a.homeProvince).isEqualTo(b.homeProvince);
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
    assertThat(contract[1] / employees[1]).isLessThan(contract[0] / employees[0] - 0.03);
  }

  /** Seed 000: employers register their workers' temporary residence; informal migrants lack it. */
  @Test
  void formalMigrantsAreMoreOftenRegisteredThanInformalOnes() {
    SyntheticPopulation p = new PopulationGenerator(City.HANOI, JANUARY).generate(100_000, 2);
    double[] unregistered = new double[2];
    double[] workers = new double[2];
    for (int i = 0; i < p.persons; i++) {
      if (p.migrant[i] && p.wage[i] > 0) {
        int formal = p.contractMonths[i] > 0 ? 1 : 0;
        workers[formal]++;
        unregistered[formal] += p.residence[i] == ResidenceStatus.UNREGISTERED.ordinal() ? 1 : 0;
      }
    }
    assertThat(workers[0]).isGreaterThan(500);
    assertThat(workers[1]).isGreaterThan(500);
    assertThat(unregistered[0] / workers[0]).isGreaterThan(2 * unregistered[1] / workers[1]);
  }

  @Test
  void formalWorkersWorkTheWholeYearMoreOftenAndTheInactiveNotAtAll() {
    SyntheticPopulation p = new PopulationGenerator(City.HCM, JANUARY).generate(50_000, 3);
    double[] fullYear = new double[2];
    double[] workers = new double[2];
    for (int i = 0; i < p.persons; i++) {
      assertThat(p.monthsWorked[i]).isBetween(0, 12);
      EmploymentStatus status = EmploymentStatus.values()[p.employment[i]];
      if (!EmploymentStatus.isEmployed(p.employment[i])) {
        if (status != EmploymentStatus.UNEMPLOYED) {
          assertThat(p.monthsWorked[i]).as("not employed, not unemployed").isZero();
        } else {
          assertThat(p.monthsWorked[i]).isLessThan(12);
        }
        continue;
      }
      int formal = p.contractMonths[i] > 0 ? 1 : 0;
      workers[formal]++;
      fullYear[formal] += p.monthsWorked[i] == 12 ? 1 : 0;
    }
    assertThat(fullYear[1] / workers[1]).isGreaterThan(0.85);
    assertThat(fullYear[0] / workers[0]).isLessThan(fullYear[1] / workers[1] - 0.2);
  }

  @Test
  void localsComeFromTheCityAndMigrantsFromAnotherProvinceOfThe2025List() {
    for (City city : City.values()) {
      SyntheticPopulation p = new PopulationGenerator(city, JANUARY).generate(20_000, 4);
      int migrants = 0;
      for (int i = 0; i < p.persons; i++) {
        if (p.migrant[i]) {
          migrants++;
          assertThat(p.homeProvince[i]).isIn(PROVINCES_2025).isNotEqualTo(city.provinceCode());
        } else {
          assertThat(p.homeProvince[i]).isEqualTo(city.provinceCode());
        }
      }
      assertThat(migrants).isPositive();
    }
  }

  /**
   * Orphans are children under 16 living where a parent is missing, about the MOLISA share of
   * children (0.57%); those orphaned of both parents are the law's group of children without
   * support; disadvantaged students are all in school.
   */
  @Test
  void orphansAreChildrenWithoutOneParentAtHomeAndDisadvantagedStudentsAreInSchool() {
    SyntheticPopulation p = new PopulationGenerator(City.HCM, JANUARY).generate(100_000, 6);
    long born16YearsAgo = JANUARY.minusYears(16).toEpochDay();
    boolean[] spouse = new boolean[p.households];
    for (int i = 0; i < p.persons; i++) {
      spouse[p.household[i]] |= p.role[i] == 1;
    }
    int children = 0;
    int orphans = 0;
    int bothParents = 0;
    int disadvantagedNotOrphans = 0;
    for (int i = 0; i < p.persons; i++) {
      boolean child = p.birthDate[i] > born16YearsAgo;
      children += child ? 1 : 0;
      if (p.isOrphan[i]) {
        orphans++;
        assertThat(child).as("orphan %d is a child", i).isTrue();
        assertThat(spouse[p.household[i]]).as("orphan %d lives with both parents", i).isFalse();
      }
      if (p.socialAssistanceGroup[i] != 0) {
        assertThat(p.socialAssistanceGroup[i])
            .isEqualTo((byte) SocialAssistanceGroup.CHILD_NO_SUPPORT.ordinal());
        assertThat(p.isOrphan[i]).isTrue();
        bothParents++;
      }
      if (p.disadvantagedStudent[i]) {
        assertThat(p.isStudent[i]).as("disadvantaged student %d is in school", i).isTrue();
        disadvantagedNotOrphans += p.isOrphan[i] ? 0 : 1;
      }
      if (p.isOrphan[i] && p.isStudent[i]) {
        assertThat(p.disadvantagedStudent[i]).as("orphan in school %d", i).isTrue();
      }
    }
    assertThat(orphans / (double) children).isBetween(0.0035, 0.008);
    assertThat(bothParents).isPositive().isLessThan(orphans / 3);
    assertThat(disadvantagedNotOrphans).as("low income, not orphans").isPositive();
  }
}
