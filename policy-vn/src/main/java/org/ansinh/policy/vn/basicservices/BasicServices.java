package org.ansinh.policy.vn.basicservices;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class BasicServices {

  private BasicServices() {}

  public static List<Variable<?>> variables() {
    return List.of(
        PublicSchoolPriority.PUBLIC_SCHOOL_PRIORITY,
        PublicSchoolEntitlement.PUBLIC_SCHOOL_ENTITLED,
        LocalSocialAssistanceAccess.LOCAL_SOCIAL_ASSISTANCE_ACCESSIBLE,
        HouseholdHiEnrolmentAccess.HOUSEHOLD_HI_ENROLMENT_ACCESSIBLE,
        UiApplicationAccess.UI_APPLICATION_ACCESSIBLE,
        VbspResidenceCondition.VBSP_RESIDENCE_CONDITION_MET,
        VbspResidenceCondition.VBSP_HOUSEHOLD_RESIDENCE_CONDITION_MET);
  }
}
