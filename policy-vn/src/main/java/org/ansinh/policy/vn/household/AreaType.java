package org.ansinh.policy.vn.household;

import org.ansinh.engine.value.Coded;

/** Urban or rural area, which decides the poverty line that applies. */
public enum AreaType implements Coded {
  URBAN("Thành thị", "Urban"),
  RURAL("Nông thôn", "Rural");

  private final String labelVi;
  private final String labelEn;

  AreaType(String labelVi, String labelEn) {
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
