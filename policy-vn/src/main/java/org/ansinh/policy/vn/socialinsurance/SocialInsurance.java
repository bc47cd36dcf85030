package org.ansinh.policy.vn.socialinsurance;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class SocialInsurance {

  private SocialInsurance() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(SocialInsuranceInputs.all());
    all.addAll(
        List.of(
            CompulsorySiCoverage.COMPULSORY_SI_COVERED,
            SiContributionFloor.SI_CONTRIBUTION_FLOOR,
            SiContributionCeiling.SI_CONTRIBUTION_CEILING,
            SiContributionBase.SI_CONTRIBUTION_BASE,
            SiEmployeeContribution.SI_EMPLOYEE_CONTRIBUTION,
            SiEmployerContribution.SI_EMPLOYER_CONTRIBUTION,
            VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE,
            VoluntarySiContributionBase.VOLUNTARY_SI_CONTRIBUTION_BASE,
            VoluntarySiNationalSupportRate.VOLUNTARY_SI_NATIONAL_SUPPORT_RATE,
            VoluntarySiLocalSupportRate.VOLUNTARY_SI_LOCAL_SUPPORT_RATE,
            VoluntarySiStateSupportRate.VOLUNTARY_SI_STATE_SUPPORT_RATE,
            VoluntarySiStateSupport.VOLUNTARY_SI_STATE_SUPPORT,
            VoluntarySiMonthlyContribution.VOLUNTARY_SI_MONTHLY_CONTRIBUTION));
    return List.copyOf(all);
  }
}
