package org.ansinh.policy.vn.labourmarket;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class LabourMarket {

  private LabourMarket() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(LabourMarketInputs.all());
    all.addAll(
        List.of(
            VocationalTrainingSupportGroup.VOCATIONAL_TRAINING_SUPPORT_GROUP,
            VocationalTrainingSupport.VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE,
            VocationalTrainingSupport.VOCATIONAL_TRAINING_SUPPORT_CAP,
            UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE,
            UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_MONTHLY,
            UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_MAX_MONTHS,
            UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_CAP,
            VbspHouseholdLoan.VBSP_HOUSEHOLD_LOAN_GROUP,
            VbspHouseholdLoan.VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE,
            VbspHouseholdLoan.VBSP_LOAN_CAP,
            VbspHouseholdLoan.VBSP_LOAN_INTEREST_RATE,
            JobCreationLoan.JOB_CREATION_LOAN_ELIGIBLE,
            JobCreationLoan.JOB_CREATION_LOAN_CAP,
            JobCreationLoan.JOB_CREATION_LOAN_INTEREST_RATE,
            StudentLoan.STUDENT_LOAN_ELIGIBLE,
            StudentLoan.STUDENT_LOAN_MONTHLY_CAP,
            PreferentialLoan.PREFERENTIAL_LOAN_ELIGIBLE,
            EmergencyAssistance.EMERGENCY_ASSISTANCE_ELIGIBLE));
    return all;
  }
}
