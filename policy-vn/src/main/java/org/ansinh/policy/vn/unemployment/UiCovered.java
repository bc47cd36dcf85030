package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Đối tượng bắt buộc tham gia BHTN: employees with a written labour contract of at least 3 months
 * (Luật Việc làm 38/2013/QH13 Điều 43 khoản 1), of at least 1 month from 2026-01-01 (Luật Việc làm
 * 74/2025/QH15), except people already drawing a pension or a monthly loss-of-working-capacity
 * allowance.
 */
public final class UiCovered {

  public static final Variable<boolean[]> UI_COVERED =
      Variable.bool("ui_covered")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Thuộc đối tượng bắt buộc tham gia BHTN", "Covered by compulsory UI")
          .reference("Luật Việc làm 38/2013/QH13, Điều 43; Luật Việc làm 74/2025/QH15")
          .formula(
              "2015-01-01", "Luật Việc làm 38/2013/QH13, Điều 43 khoản 1, 2", UiCovered::compute)
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15 (đối tượng tham gia BHTN)",
              UiCovered::compute)
          .build();

  private static void compute(Computation c, boolean[] out) {
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    int[] contract = c.get(PersonInputs.LABOUR_CONTRACT_MONTHS);
    boolean[] pension = c.get(PersonInputs.HAS_PENSION);
    int minContract = c.integer("unemployment_insurance.coverage.min_contract_months");
    int employee = EmploymentStatus.EMPLOYEE.ordinal();
    for (int i = 0; i < out.length; i++) {
      out[i] =
          employment[i] == employee && coveredContract(contract[i], minContract) && !pension[i];
    }
  }

  /** A written contract (length above 0; 999 = indefinite) of at least the minimum length. */
  static boolean coveredContract(int months, int minMonths) {
    return months > 0 && months >= minMonths;
  }

  private UiCovered() {}
}
