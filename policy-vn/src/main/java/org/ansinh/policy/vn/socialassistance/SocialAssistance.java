package org.ansinh.policy.vn.socialassistance;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class SocialAssistance {

  private SocialAssistance() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(SocialAssistanceInputs.all());
    all.addAll(
        List.of(
            SocialAssistanceCoefficient.SOCIAL_ASSISTANCE_COEFFICIENT,
            SocialAssistanceStandardLevel.SOCIAL_ASSISTANCE_STANDARD_LEVEL,
            SocialAllowanceEntitlement.SOCIAL_ALLOWANCE_ENTITLEMENT,
            MonthlySocialAllowance.MONTHLY_SOCIAL_ALLOWANCE,
            SocialPensionAmount.SOCIAL_PENSION_AMOUNT,
            SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE,
            SocialPensionAllowance.SOCIAL_PENSION_ALLOWANCE,
            EmergencyCashTransfer.EMERGENCY_CASH_TRANSFER,
            BasicIncomeSupport.BASIC_INCOME_SUPPORT));
    return List.copyOf(all);
  }
}
