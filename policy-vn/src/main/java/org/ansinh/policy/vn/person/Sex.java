package org.ansinh.policy.vn.person;

import org.ansinh.engine.value.Coded;

/** Sex recorded in the civil register. */
public enum Sex implements Coded {
  MALE("Nam", "Male"),
  FEMALE("Nữ", "Female");

  private final String labelVi;
  private final String labelEn;

  Sex(String labelVi, String labelEn) {
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
