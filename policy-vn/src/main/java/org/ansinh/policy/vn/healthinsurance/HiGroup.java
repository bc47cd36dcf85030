package org.ansinh.policy.vn.healthinsurance;

import org.ansinh.engine.value.Coded;

/**
 * Who pays a person's health insurance: the contribution groups of the Health Insurance Law (Luật
 * BHYT 25/2008/QH12, Điều 12, as amended by Luật 46/2014/QH13 and Luật 51/2024/QH15), in the law's
 * order.
 */
public enum HiGroup implements Coded {
  EMPLOYER_EMPLOYEE(
      "Nhóm do người lao động và người sử dụng lao động đóng", "Employer and employee"),
  SOCIAL_INSURANCE_FUND(
      "Nhóm do cơ quan bảo hiểm xã hội đóng (quỹ BHXH, quỹ BHTN)",
      "Paid by the social or unemployment insurance fund"),
  STATE_BUDGET("Nhóm do ngân sách nhà nước đóng", "Paid by the state budget"),
  STATE_SUPPORTED(
      "Nhóm được ngân sách nhà nước hỗ trợ mức đóng", "Contribution supported by the state budget"),
  HOUSEHOLD("Nhóm tham gia BHYT theo hộ gia đình", "Household-based scheme");

  private final String labelVi;
  private final String labelEn;

  HiGroup(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
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
