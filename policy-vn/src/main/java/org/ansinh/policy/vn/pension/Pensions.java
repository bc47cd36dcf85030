package org.ansinh.policy.vn.pension;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class Pensions {

  private Pensions() {}

  public static List<Variable<?>> variables() {
    return List.of(
        AgeInMonths.AGE_IN_MONTHS,
        RetirementAge.RETIREMENT_AGE_MONTHS,
        PensionContributionYears.PENSION_CONTRIBUTION_YEARS,
        PensionEligibility.PENSION_ELIGIBLE,
        PensionReplacementRate.PENSION_REPLACEMENT_RATE);
  }
}
