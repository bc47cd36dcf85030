package org.ansinh.policy.vn.labourmarket;

import org.ansinh.engine.value.Coded;

/** Group of Decision 46/2015/QĐ-TTg that sets a trainee's support level (highest group only). */
public enum TrainingSupportGroup implements Coded {
  NONE("Không thuộc đối tượng", "Not covered"),
  DISABILITY("Người khuyết tật", "Person with a disability"),
  POOR_EM_OR_DIFFICULT_AREA(
      "Người dân tộc thiểu số thuộc hộ nghèo; người thuộc hộ nghèo ở xã, thôn, bản đặc biệt khó khăn",
      "Poor ethnic-minority household member, or poor household in an especially difficult commune"),
  PRIORITY(
      "Người dân tộc thiểu số, người có công, hộ nghèo, hộ bị thu hồi đất, phụ nữ mất việc làm, ngư dân",
      "Ethnic minority, meritorious service, poor household, land recovered, woman who lost her job, fisher"),
  NEAR_POOR("Người thuộc hộ cận nghèo", "Near-poor household member"),
  WOMAN_OR_RURAL("Phụ nữ, lao động nông thôn khác", "Other woman or rural worker");

  private final String labelVi;
  private final String labelEn;

  TrainingSupportGroup(String labelVi, String labelEn) {
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
