package org.ansinh.simulation.access;

import org.ansinh.engine.value.Coded;

/**
 * Why a person the law makes eligible is not reached, in the order the rules are tried ({@link
 * BarrierRule}). The last is the residual: the model cannot tell missing information from a
 * procedure too hard to complete, since the population records neither.
 */
public enum Barrier implements Coded {
  NONE("Không có rào cản", "No barrier"),
  RESIDENCE("Điều kiện cư trú", "Residence requirement"),
  NO_LABOUR_CONTRACT("Không có hợp đồng lao động bằng văn bản", "No written labour contract"),
  AFFORDABILITY("Khả năng chi trả", "Affordability"),
  EMPLOYER_COMPLIANCE("Người sử dụng lao động không đóng", "Employer does not declare"),
  CAPACITY(
      "Thiếu chỗ (ngoài nhóm ưu tiên theo nơi cư trú)",
      "Capacity (outside the residence priority group)"),
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
