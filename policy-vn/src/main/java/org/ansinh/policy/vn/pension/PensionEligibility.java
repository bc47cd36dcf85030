package org.ansinh.policy.vn.pension;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Điều kiện hưởng lương hưu: the normal retirement age reached and at least 20 years of social
 * insurance contributions (15 from 1 July 2025), compulsory and voluntary together, years being of
 * 12 full months. True from the month the age is reached; the pension itself is paid from the next
 * month.
 *
 * <p>Law 58/2014/QH13, Art. 54.1 and 73; Law 41/2024/QH15, Art. 64.1, 98 and 5.6–5.7. Early
 * retirement (hazardous work, reduced working capacity) is not modelled.
 */
public final class PensionEligibility {

  public static final Variable<boolean[]> PENSION_ELIGIBLE =
      Variable.bool("pension_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đủ điều kiện hưởng lương hưu", "Eligible for a retirement pension")
          .reference("Luật BHXH 41/2024/QH15, Điều 64 khoản 1")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 54 khoản 1, Điều 73",
              PensionEligibility::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 64 khoản 1, Điều 98",
              PensionEligibility::compute)
          .build();

  private static void compute(Computation c, boolean[] out) {
    int[] ageMonths = c.get(AgeInMonths.AGE_IN_MONTHS);
    int[] retirementAge = c.get(RetirementAge.RETIREMENT_AGE_MONTHS);
    int[] months = c.get(PersonInputs.SI_CONTRIBUTION_MONTHS);
    int minMonths = 12 * c.integer("social_insurance.pension.min_contribution_years");
    for (int i = 0; i < out.length; i++) {
      out[i] = ageMonths[i] >= retirementAge[i] && months[i] >= minMonths;
    }
  }

  private PensionEligibility() {}
}
