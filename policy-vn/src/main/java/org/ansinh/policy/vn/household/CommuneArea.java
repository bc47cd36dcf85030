package org.ansinh.policy.vn.household;

import org.ansinh.engine.value.Coded;

/** Socio-economic class of the commune or village where a household lives. */
public enum CommuneArea implements Coded {
  NORMAL("Bình thường", "Ordinary area"),
  DIFFICULT("Vùng khó khăn", "Difficult area"),
  EXTREMELY_DIFFICULT("Vùng đặc biệt khó khăn", "Extremely difficult area"),
  ISLAND("Xã đảo, đặc khu", "Island commune or special zone");

  private final String labelVi;
  private final String labelEn;

  CommuneArea(String labelVi, String labelEn) {
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
