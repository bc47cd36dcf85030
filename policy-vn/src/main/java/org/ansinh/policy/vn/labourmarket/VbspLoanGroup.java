package org.ansinh.policy.vn.labourmarket;

import org.ansinh.engine.value.Coded;

/** The VBSP household-loan programme that applies to a household, by its poverty status. */
public enum VbspLoanGroup implements Coded {
  NONE("Không thuộc chương trình", "No programme"),
  POOR("Cho vay hộ nghèo", "Loan to a poor household"),
  NEAR_POOR("Cho vay hộ cận nghèo", "Loan to a near-poor household"),
  JUST_ESCAPED_POVERTY("Cho vay hộ mới thoát nghèo", "Loan to a household just out of poverty");

  private final String labelVi;
  private final String labelEn;

  VbspLoanGroup(String labelVi, String labelEn) {
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
