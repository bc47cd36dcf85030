package org.ansinh.policy.vn.poverty;

import org.ansinh.engine.value.Coded;

/** A household's poverty classification. */
public enum PovertyStatus implements Coded {
  NONE("Không nghèo", "Not poor"),
  POOR("Hộ nghèo", "Poor household"),
  NEAR_POOR("Hộ cận nghèo", "Near-poor household");

  private final String labelVi;
  private final String labelEn;

  PovertyStatus(String labelVi, String labelEn) {
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
