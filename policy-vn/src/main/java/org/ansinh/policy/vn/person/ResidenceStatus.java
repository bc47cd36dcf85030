package org.ansinh.policy.vn.person;

import org.ansinh.engine.value.Coded;

/**
 * Residence registration at the current place (Law on Residence 68/2020/QH14): the fact that
 * decides much de facto access.
 */
public enum ResidenceStatus implements Coded {
  PERMANENT("Thường trú", "Permanent residence"),
  TEMPORARY("Tạm trú", "Temporary residence"),
  UNREGISTERED("Chưa đăng ký cư trú", "Unregistered");

  private final String labelVi;
  private final String labelEn;

  ResidenceStatus(String labelVi, String labelEn) {
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
