package org.ansinh.server.screening;

import java.util.List;

/**
 * The pillars of Vietnam's social security as the screener answers them (the five of the Ho Chi
 * Minh City study — social insurance, health insurance, unemployment insurance, social assistance,
 * social incentives — with the social pension and the labour-market support the law variables also
 * answer), and the lines of each.
 */
enum Pillar {
  COMPULSORY_SI(
      "compulsorySi",
      new ScreenedLine(
          "compulsorySi",
          "compulsory_si_covered",
          null,
          "si_employee_contribution",
          null,
          "si_employer_contribution",
          null,
          List.of("si_contribution_base")),
      ScreenedLine.eligibility(
          "pension", "pension_eligible", "pension_replacement_rate", "retirement_age_months")),
  VOLUNTARY_SI(
      "voluntarySi",
      new ScreenedLine(
          "voluntarySi",
          "voluntary_si_eligible",
          null,
          "voluntary_si_monthly_contribution",
          null,
          null,
          "voluntary_si_state_support",
          List.of("voluntary_si_contribution_base", "voluntary_si_state_support_rate"))),
  HEALTH_INSURANCE(
      "healthInsurance",
      new ScreenedLine(
          "healthInsurance",
          null,
          null,
          "hi_employee_contribution",
          "hi_annual_contribution",
          "hi_employer_contribution",
          "hi_state_support_monthly",
          List.of(
              "hi_contribution_group",
              "hi_state_support_rate",
              "household_hi_enrolment_accessible"))),
  UNEMPLOYMENT_INSURANCE(
      "unemploymentInsurance",
      new ScreenedLine(
          "unemploymentInsurance",
          "ui_covered",
          null,
          "ui_employee_contribution",
          null,
          "ui_employer_contribution",
          null,
          List.of()),
      new ScreenedLine(
          "unemploymentBenefit",
          "ui_benefit_eligible",
          "ui_monthly_benefit",
          null,
          null,
          null,
          null,
          List.of("ui_benefit_months", "ui_application_accessible"))),
  SOCIAL_ASSISTANCE(
      "socialAssistance",
      new ScreenedLine(
          "socialAllowance",
          null,
          "monthly_social_allowance",
          null,
          null,
          null,
          null,
          List.of("social_assistance_coefficient", "local_social_assistance_accessible")),
      new ScreenedLine(
          "socialPension",
          "social_pension_eligible",
          "social_pension_allowance",
          null,
          null,
          null,
          null,
          List.of()),
      ScreenedLine.eligibility("povertyStatus", null, "poverty_status")),
  SOCIAL_INCENTIVES(
      "socialIncentives",
      new ScreenedLine(
          "meritorious", null, "meritorious_allowance", null, null, null, null, List.of())),
  LABOUR_MARKET(
      "labourMarket",
      ScreenedLine.eligibility(
          "training", "vocational_training_support_eligible", "vocational_training_support_cap"),
      ScreenedLine.eligibility(
          "loans",
          "preferential_loan_eligible",
          "job_creation_loan_eligible",
          "vbsp_poor_household_loan_eligible"),
      ScreenedLine.eligibility("emergency", "emergency_assistance_eligible"));

  private final String key;
  private final List<ScreenedLine> lines;

  Pillar(String key, ScreenedLine... lines) {
    this.key = key;
    this.lines = List.of(lines);
  }

  List<ScreenedLine> lines() {
    return lines;
  }

  /** The pillar's message key under {@code screening.pillar.}. */
  String key() {
    return key;
  }
}
