package org.ansinh.simulation.area;

import org.ansinh.engine.value.Coded;

/** Kind of local unit since 1 July 2025. */
public enum AreaType implements Coded {
  WARD("Phường", "Ward"),
  COMMUNE("Xã", "Commune"),
  SPECIAL_ZONE("Đặc khu", "Special zone");

  private final String labelVi;
  private final String labelEn;

  AreaType(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  static AreaType fromFile(String type) {
    return switch (type) {
      case "phuong" -> WARD;
      case "xa" -> COMMUNE;
      case "dac_khu" -> SPECIAL_ZONE;
      default -> throw new IllegalArgumentException("unknown unit type '" + type + "'");
    };
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
