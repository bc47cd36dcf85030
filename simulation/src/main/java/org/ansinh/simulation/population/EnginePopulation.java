package org.ansinh.simulation.population;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.reforms.ReformInputs;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceInputs;

/**
 * A generated population as the engine's columns, without a round trip through a file: the
 * generator asks the law who is eligible before drawing who takes a benefit up. Arrays are shared,
 * not copied, where the engine only reads them.
 */
public final class EnginePopulation {

  private EnginePopulation() {}

  public static Population of(SyntheticPopulation p, Legislation legislation, Period period) {
    return of(p, legislation, period, p.employment);
  }

  /**
   * The population with another employment status per person: the same people in a month when their
   * work was different (a break in the year, {@link Reach#employmentDuringBreak}).
   */
  public static Population of(
      SyntheticPopulation p, Legislation legislation, Period period, byte[] employment) {
    int n = p.persons;
    int g = p.households;
    Population population =
        new Population(legislation.entities(), g, p.household.clone(), p.role.clone(), null, null);
    population.setInput(PersonInputs.BIRTH_DATE, period, p.birthDate, null);
    population.setInput(PersonInputs.SEX, period, p.sex, null);
    population.setInput(PersonInputs.RESIDENCE_STATUS, period, p.residence, null);
    population.setInput(PersonInputs.EMPLOYMENT_STATUS, period, employment, null);
    population.setInput(PersonInputs.LABOUR_CONTRACT_MONTHS, period, p.contractMonths, null);
    population.setInput(PersonInputs.MONTHLY_WAGE, period, p.wage, null);
    population.setInput(PersonInputs.SI_CONTRIBUTION_MONTHS, period, p.siMonths, null);
    population.setInput(PersonInputs.UI_CONTRIBUTION_MONTHS, period, p.uiMonths, null);
    population.setInput(
        PersonInputs.UI_CONTRIBUTION_MONTHS_LAST_24, period, p.uiMonthsLast24, null);
    population.setInput(PersonInputs.MONTHS_WORKED_IN_YEAR, period, p.monthsWorked, null);
    population.setInput(
        PersonInputs.REGISTERED_IN_SOCIAL_REGISTRY, period, p.registeredInSocialRegistry, null);
    population.setInput(PersonInputs.RECEIVING_UI_BENEFIT, period, p.receivingUiBenefit, null);
    population.setInput(PersonInputs.DISABILITY_LEVEL, period, p.disability, null);
    population.setInput(PersonInputs.HAS_PENSION, period, p.hasPension, null);
    population.setInput(PersonInputs.IS_STUDENT, period, p.isStudent, null);
    population.setInput(
        SocialAssistanceInputs.SOCIAL_ASSISTANCE_GROUP, period, p.socialAssistanceGroup, null);
    population.setInput(ReformInputs.IS_ORPHAN, period, p.isOrphan, null);
    population.setInput(ReformInputs.DISADVANTAGED_STUDENT, period, p.disadvantagedStudent, null);
    int[] province = new int[g];
    java.util.Arrays.fill(province, p.city.provinceCode());
    population.setInput(HouseholdInputs.PROVINCE, period, province, null);
    population.setInput(
        HouseholdInputs.AREA_TYPE, period, java.util.Arrays.copyOf(p.areaType, g), null);
    population.setInput(
        HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA,
        period,
        java.util.Arrays.copyOf(p.incomePerCapita, g),
        null);
    population.setInput(
        HouseholdInputs.DEPRIVATION_COUNT,
        period,
        java.util.Arrays.copyOf(p.deprivations, g),
        null);
    assert n == population.personCount();
    return population;
  }
}
