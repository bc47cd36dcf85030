package org.ansinh.simulation.access;

import org.ansinh.engine.value.Coded;

/**
 * The programmes whose access is measured, with the variables that say who is eligible and reached.
 */
public enum Programme implements Coded {
  COMPULSORY_SI(
      "BHXH bắt buộc",
      "Compulsory social insurance",
      "compulsory_si_covered",
      "enrolled_compulsory_si"),
  VOLUNTARY_SI(
      "BHXH tự nguyện",
      "Voluntary social insurance",
      "voluntary_si_eligible",
      "enrolled_voluntary_si"),
  HEALTH_INSURANCE("Bảo hiểm y tế", "Health insurance", null, "has_hi_card"),
  UNEMPLOYMENT_INSURANCE(
      "Bảo hiểm thất nghiệp", "Unemployment insurance", "ui_covered", "enrolled_ui"),
  SOCIAL_ALLOWANCE(
      "Trợ cấp xã hội hằng tháng",
      "Monthly social allowance",
      "monthly_social_allowance",
      "receives_social_allowance"),
  SOCIAL_PENSION(
      "Trợ cấp hưu trí xã hội",
      "Social pension",
      "social_pension_eligible",
      "receives_social_pension");

  private final String labelVi;
  private final String labelEn;
  private final String eligible;
  private final String reached;

  Programme(String labelVi, String labelEn, String eligible, String reached) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.eligible = eligible;
    this.reached = reached;
  }

  /** The variable saying who the law makes eligible; null when everyone is (health insurance). */
  public String eligibleVariable() {
    return eligible;
  }

  public String reachedVariable() {
    return reached;
  }

  @Override
  public String labelVi() {
    return labelVi;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
