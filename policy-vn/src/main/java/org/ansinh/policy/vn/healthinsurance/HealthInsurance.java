package org.ansinh.policy.vn.healthinsurance;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class HealthInsurance {

  private HealthInsurance() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(HealthInsuranceInputs.all());
    all.addAll(
        List.of(
            AgricultureAverageLiving.AGRICULTURE_AVERAGE_LIVING,
            HiNationalSupportRate.HI_NATIONAL_SUPPORT_RATE,
            HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP,
            HiLocalSupportRate.HI_LOCAL_SUPPORT_RATE,
            HiContributionGroup.HI_CONTRIBUTION_GROUP,
            HiStateSupportRate.HI_STATE_SUPPORT_RATE,
            HiReferenceAmount.HI_REFERENCE_AMOUNT,
            HiContributionBase.HI_CONTRIBUTION_BASE,
            HiPayrollContribution.HI_EMPLOYEE_CONTRIBUTION,
            HiPayrollContribution.HI_EMPLOYER_CONTRIBUTION,
            HiHouseholdRank.HI_HOUSEHOLD_RANK,
            HiAnnualContribution.HI_ANNUAL_CONTRIBUTION,
            HiStateSupportMonthly.HI_STATE_SUPPORT_MONTHLY,
            HouseholdHiAnnualContribution.HOUSEHOLD_HI_ANNUAL_CONTRIBUTION));
    return all;
  }
}
