package org.ansinh.simulation.population;

import java.util.Locale;

/** The cities AnSinh ships a population model for, with their GSO province codes. */
public enum City {
  HCM(79, "hcmc_communes_2025.csv", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
  HANOI(1, "hanoi_communes_2025.csv", "Thành phố Hà Nội", "Hanoi");

  private final int provinceCode;
  private final String areaFile;
  private final String nameVi;
  private final String nameEn;

  City(int provinceCode, String areaFile, String nameVi, String nameEn) {
    this.provinceCode = provinceCode;
    this.areaFile = areaFile;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@code hcm}, {@code hanoi}, or the GSO code. */
  public static City parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (City c : values()) {
      if (c.key().equals(t) || Integer.toString(c.provinceCode).equals(t.replaceFirst("^0", ""))) {
        return c;
      }
    }
    if (t.equals("hcmc") || t.equals("saigon")) {
      return HCM;
    }
    throw new IllegalArgumentException("unknown city '" + text + "'; known: hcm, hanoi");
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public int provinceCode() {
    return provinceCode;
  }

  public String areaFile() {
    return areaFile;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
