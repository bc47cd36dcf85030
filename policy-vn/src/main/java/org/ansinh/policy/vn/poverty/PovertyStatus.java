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

  /** The more severe of two statuses given as ordinals: poor before near-poor before none. */
  public static byte moreSevere(byte a, byte b) {
    return severity(a) >= severity(b) ? a : b;
  }

  private static int severity(byte status) {
    if (status == POOR.ordinal()) {
      return 2;
    }
    return status == NEAR_POOR.ordinal() ? 1 : 0;
  }
}
