package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Đối tượng tham gia BHXH bắt buộc: an employee under a labour contract of at least the minimum
 * length (indefinite, or fixed-term of 3 months or more from 2016, 1 month or more from 2018) who
 * does not already draw a pension. From 1 July 2025 a part-time employee is covered only when the
 * month's wage is at least the lowest contribution base, and probation contracts are not covered
 * (not modelled).
 *
 * <p>Law 58/2014/QH13, Art. 2.1.a–b and Art. 123.9; Law 41/2024/QH15, Art. 2.1.a, 2.1.l and 2.7.a;
 * Decree 158/2025/NĐ-CP, Art. 3.5. Read by the health and unemployment insurance payroll
 * contributions. Not modelled: public servants on state pay scales (treated as employees),
 * household-business owners, foreign workers, domestic workers.
 */
public final class CompulsorySiCoverage {

  public static final Variable<boolean[]> COMPULSORY_SI_COVERED =
      Variable.bool("compulsory_si_covered")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Thuộc đối tượng tham gia BHXH bắt buộc", "Covered by compulsory social insurance")
          .reference("Luật BHXH 41/2024/QH15, Điều 2")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 2 khoản 1 điểm a, b; Điều 123 khoản 9",
              CompulsorySiCoverage::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 2 khoản 1 điểm a, l; khoản 7 điểm a;"
                  + " Nghị định 158/2025/NĐ-CP, Điều 3 khoản 5",
              CompulsorySiCoverage::compute)
          .build();

  private static void compute(Computation c, boolean[] out) {
    byte[] status = c.get(PersonInputs.EMPLOYMENT_STATUS);
    int[] contract = c.get(PersonInputs.LABOUR_CONTRACT_MONTHS);
    boolean[] pensioner = c.get(PersonInputs.HAS_PENSION);
    boolean[] partTime = c.get(SocialInsuranceInputs.IS_PART_TIME);
    long[] wage = c.get(PersonInputs.MONTHLY_WAGE);
    long[] floor = c.get(SiContributionFloor.SI_CONTRIBUTION_FLOOR);
    int minContract = c.integer("social_insurance.compulsory.min_contract_months");
    boolean excludesPensioners = c.flag("social_insurance.compulsory.excludes_pensioners");
    boolean partTimeWageTest = c.flag("social_insurance.compulsory.part_time_wage_test");
    int employee = EmploymentStatus.EMPLOYEE.ordinal();
    for (int i = 0; i < out.length; i++) {
      boolean covered =
          status[i] == employee
              && contract[i] >= minContract
              && !(excludesPensioners && pensioner[i]);
      if (covered && partTimeWageTest && partTime[i]) {
        covered = wage[i] >= floor[i];
      }
      out[i] = covered;
    }
  }

  private CompulsorySiCoverage() {}
}
