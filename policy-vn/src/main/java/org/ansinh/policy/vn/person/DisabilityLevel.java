package org.ansinh.policy.vn.person;

import org.ansinh.engine.value.Coded;

/**
 * Degree of disability as certified under the Law on Persons with Disabilities 51/2010/QH12, Art.
 * 3.
 */
public enum DisabilityLevel implements Coded {
  NONE("Không khuyết tật", "No disability"),
  MILD("Khuyết tật nhẹ", "Mild disability"),
  SEVERE("Khuyết tật nặng", "Severe disability"),
  EXTREMELY_SEVERE("Khuyết tật đặc biệt nặng", "Extremely severe disability");

  private final String labelVi;
  private final String labelEn;

  DisabilityLevel(String labelVi, String labelEn) {
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
