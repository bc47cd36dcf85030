package org.ansinh.simulation.access;

import java.util.List;
import org.ansinh.engine.value.Coded;

/**
 * The programmes whose access is measured: the law's variables that say who is eligible (a person
 * is eligible when any of them holds, or is a positive amount), the population fact that says who
 * is reached, and what the state budget pays for a person who takes it up.
 */
public enum Programme implements Coded {
  COMPULSORY_SI(
      "BHXH bắt buộc",
      "Compulsory social insurance",
      List.of("compulsory_si_covered"),
      "enrolled_compulsory_si",
      StateCost.none("paid by employer and employee")),
  VOLUNTARY_SI(
      "BHXH tự nguyện",
      "Voluntary social insurance",
      List.of("voluntary_si_eligible"),
      "enrolled_voluntary_si",
      StateCost.monthly("voluntary_si_state_support")),
  HEALTH_INSURANCE(
      "Bảo hiểm y tế",
      "Health insurance",
      List.of(),
      "has_hi_card",
      StateCost.monthly("hi_state_support_monthly")),
  UNEMPLOYMENT_INSURANCE(
      "Bảo hiểm thất nghiệp",
      "Unemployment insurance",
      List.of("ui_covered"),
      "enrolled_ui",
      StateCost.none("paid from the UI fund; the budget's 1% of the wage fund is not modelled")),
  SOCIAL_ALLOWANCE(
      "Trợ cấp xã hội hằng tháng",
      "Monthly social allowance",
      List.of("monthly_social_allowance"),
      "receives_social_allowance",
      StateCost.monthly("monthly_social_allowance")),
  SOCIAL_PENSION(
      "Trợ cấp hưu trí xã hội",
      "Social pension",
      List.of("social_pension_eligible"),
      "receives_social_pension",
      StateCost.monthly("social_pension_allowance")),
  VOCATIONAL_TRAINING(
      "Hỗ trợ đào tạo nghề",
      "Vocational training support",
      List.of("vocational_training_support_eligible", "ui_vocational_training_support_eligible"),
      "received_vocational_training_support",
      StateCost.yearly("vocational_training_support_cap")),
  PREFERENTIAL_LOAN(
      "Tín dụng chính sách (NHCSXH)",
      "Preferential loan (VBSP)",
      List.of("preferential_loan_eligible"),
      "has_preferential_loan",
      StateCost.none("interest subsidy and capital of the VBSP are not modelled")),
  PUBLIC_SCHOOL(
      "Trường công lập (tiểu học, THCS)",
      "Public school (primary, lower secondary)",
      List.of("public_school_entitled"),
      "attends_public_school",
      StateCost.none("cost per pupil is not modelled")),
  EMERGENCY_ASSISTANCE(
      "Hỗ trợ khẩn cấp",
      "Emergency assistance",
      List.of("emergency_assistance_eligible"),
      "received_emergency_assistance",
      StateCost.summedOverYear("emergency_cash_transfer")),
  INCOME_FLOOR(
      "Sàn thu nhập cơ bản",
      "Basic income floor",
      List.of("basic_income_support"),
      null,
      StateCost.monthly("basic_income_support"));

  private final String labelVi;
  private final String labelEn;
  private final List<String> eligible;
  private final String reached;
  private final StateCost cost;

  Programme(String labelVi, String labelEn, List<String> eligible, String reached, StateCost cost) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.eligible = eligible;
    this.reached = reached;
    this.cost = cost;
  }

  /**
   * The variables saying who the law makes eligible, any of which suffices; empty when everyone is
   * (health insurance).
   */
  public List<String> eligibleVariables() {
    return eligible;
  }

  /** The population fact saying who is reached; null when no one is (a programme not yet run). */
  public String reachedVariable() {
    return reached;
  }

  public StateCost cost() {
    return cost;
  }

  /**
   * Whether a reform's payment reaches a person without an application: emergency transfers paid
   * from the social registry to those pre-registered (seed 000's recommendation), so a person the
   * reform starts paying is reached, whatever the procedure barrier before.
   */
  public boolean paidWithoutApplication() {
    return this == EMERGENCY_ASSISTANCE;
  }

  @Override
  public String labelVi() {
    return labelVi;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * What the state budget pays for a person who takes the programme up: a money variable of the
   * law, paid every month or once a year; or nothing the model prices, with the reason.
   */
  public record StateCost(
      String variable, int paymentsPerYear, boolean summedOverYear, String notPricedBecause) {

    /** Paid every month at the period's amount: twelve times it a year. */
    static StateCost monthly(String variable) {
      return new StateCost(variable, 12, false, null); // not law: months in a year
    }

    /** A payment at most once a year (a training course). */
    static StateCost yearly(String variable) {
      return new StateCost(variable, 1, false, null); // not law: one course a year
    }

    /**
     * A monthly payment limited in time (a crisis transfer for some months): the year's cost is the
     * sum of the variable over the twelve months from the period, the population held as it is.
     */
    static StateCost summedOverYear(String variable) {
      return new StateCost(variable, 1, true, null);
    }

    static StateCost none(String why) {
      return new StateCost(null, 0, false, why);
    }

    public boolean priced() {
      return variable != null;
    }
  }
}
