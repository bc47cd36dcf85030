package org.ansinh.simulation.access;

import org.ansinh.engine.value.Coded;

/** Why a person the law makes eligible is not reached. */
public enum Barrier implements Coded {
  NONE("Không có rào cản", "No barrier"),
  RESIDENCE("Điều kiện cư trú", "Residence requirement"),
  AFFORDABILITY("Khả năng chi trả", "Affordability"),
  EMPLOYER_COMPLIANCE("Người sử dụng lao động không đóng", "Employer does not declare"),
  INFORMATION_OR_PROCEDURE("Thông tin, thủ tục", "Information or procedure");

  private final String labelVi;
  private final String labelEn;

  Barrier(String labelVi, String labelEn) {
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
