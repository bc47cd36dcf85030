package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Tiền lương tháng đóng BHYT: for the employee group, the monthly wage on which health insurance is
 * paid, at most 20 times the base salary (Luật BHYT Điều 14 khoản 1 as amended by Luật
 * 46/2014/QH13) or, from 2025-07-01, 20 times the reference level (Luật 51/2024/QH15). Zero outside
 * the group.
 */
public final class HiContributionBase {

  public static final Variable<long[]> HI_CONTRIBUTION_BASE =
      Variable.money("hi_contribution_base")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tiền lương tháng đóng BHYT", "Monthly wage on which HI is paid")
          .reference("Luật BHYT, Điều 14")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 14 khoản 1",
              HiContributionBase::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 14",
              HiContributionBase::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    long[] wage = c.get(PersonInputs.MONTHLY_WAGE);
    byte[] group = c.get(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    long[] reference = c.get(HiReferenceAmount.HI_REFERENCE_AMOUNT);
    double multiple = c.number("health_insurance.payroll.base_ceiling_multiple");
    for (int i = 0; i < out.length; i++) {
      if (group[i] == HiGroup.EMPLOYER_EMPLOYEE.ordinal()) {
        out[i] = Math.min(wage[i], Math.round(multiple * reference[i]));
      }
    }
  }

  private HiContributionBase() {}
}
