package org.ansinh.policy.vn.socialassistance;

import org.ansinh.engine.value.Coded;

/**
 * The groups of Decree 20/2021/NĐ-CP, Art. 5, that must be declared because they rest on facts no
 * other input holds (orphanhood, HIV, single parenthood, a disadvantaged ethnic-minority commune).
 * Groups derived from other inputs — poor elderly people without supporter (k5 a), people aged 80+
 * without pension (k5 c, to 30 June 2025), people with disabilities (k6) — are not declared here.
 */
public enum SocialAssistanceGroup implements Coded {
  NONE("Không thuộc nhóm phải khai", "No declared group"),
  CHILD_NO_SUPPORT(
      "Trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng (khoản 1 Điều 5)",
      "Child under 16 without a source of support (Art. 5.1)"),
  YOUTH_16_22_STUDYING(
      "Người từ 16 đến 22 tuổi đang học, thuộc khoản 1 Điều 5 (khoản 2 Điều 5)",
      "Person 16 to 22 still studying who was in group 5.1 (Art. 5.2)"),
  CHILD_HIV_POOR(
      "Trẻ em nhiễm HIV/AIDS thuộc hộ nghèo (khoản 3 Điều 5)",
      "Child with HIV/AIDS in a poor household (Art. 5.3)"),
  SINGLE_PARENT_POOR(
      "Người đơn thân thuộc hộ nghèo đang nuôi con (khoản 4 Điều 5)",
      "Single parent in a poor household raising children (Art. 5.4)"),
  ELDERLY_75_80_POOR_ETHNIC_AREA(
      "Người từ đủ 75 đến dưới 80 tuổi thuộc hộ nghèo, cận nghèo ở vùng dân tộc thiểu số và miền núi"
          + " đặc biệt khó khăn (điểm b khoản 5 Điều 5)",
      "Person 75 to under 80 in a poor/near-poor household in an extremely disadvantaged"
          + " ethnic-minority or mountain area (Art. 5.5.b)"),
  CHILD_UNDER3_POOR_ETHNIC_AREA(
      "Trẻ em dưới 3 tuổi thuộc hộ nghèo, cận nghèo ở vùng dân tộc thiểu số và miền núi đặc biệt"
          + " khó khăn (khoản 7 Điều 5)",
      "Child under 3 in a poor/near-poor household in an extremely disadvantaged ethnic-minority or"
          + " mountain area (Art. 5.7)"),
  HIV_POOR_ADULT(
      "Người nhiễm HIV/AIDS thuộc hộ nghèo không có nguồn thu nhập ổn định (khoản 8 Điều 5)",
      "Person with HIV/AIDS in a poor household without stable income (Art. 5.8)");

  private final String labelVi;
  private final String labelEn;

  SocialAssistanceGroup(String labelVi, String labelEn) {
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
