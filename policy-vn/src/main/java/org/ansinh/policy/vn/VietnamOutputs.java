package org.ansinh.policy.vn;

import java.util.List;

/** The main outputs, computed by default in bulk runs: what a person pays and receives. */
public final class VietnamOutputs {

  public static final List<String> MAIN =
      List.of(
          "base_salary",
          "regional_minimum_wage",
          "compulsory_si_covered",
          "si_contribution_base",
          "si_employee_contribution",
          "si_employer_contribution",
          "hi_employee_contribution",
          "hi_employer_contribution",
          "ui_employee_contribution",
          "ui_employer_contribution",
          "voluntary_si_eligible",
          "voluntary_si_state_support_rate",
          "voluntary_si_state_support",
          "voluntary_si_monthly_contribution",
          "hi_contribution_group",
          "hi_state_support_rate",
          "hi_annual_contribution",
          "household_hi_annual_contribution",
          "hi_state_support_monthly",
          "ui_benefit_eligible",
          "ui_monthly_benefit",
          "ui_benefit_months",
          "retirement_age_months",
          "pension_eligible",
          "pension_replacement_rate",
          "social_pension_eligible",
          "social_pension_allowance",
          "social_assistance_coefficient",
          "monthly_social_allowance",
          "emergency_cash_transfer",
          "basic_income_support",
          "poverty_status");

  private VietnamOutputs() {}
}
