package org.ansinh.policy.vn.unemployment;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class UnemploymentInsurance {

  private UnemploymentInsurance() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(UnemploymentInputs.all());
    all.addAll(
        List.of(
            UiCovered.UI_COVERED,
            UiContributionBase.UI_CONTRIBUTION_BASE,
            UiContribution.UI_EMPLOYEE_CONTRIBUTION,
            UiContribution.UI_EMPLOYER_CONTRIBUTION,
            UiBenefitEligible.UI_BENEFIT_ELIGIBLE,
            UiMonthlyBenefit.UI_MONTHLY_BENEFIT,
            UiBenefitMonths.UI_BENEFIT_MONTHS));
    return all;
  }
}
