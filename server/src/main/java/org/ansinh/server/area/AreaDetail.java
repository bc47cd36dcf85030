package org.ansinh.server.area;

import java.math.BigDecimal;
import java.util.List;

/** A unit with the pre-2025 wards and communes it absorbed. */
public record AreaDetail(
    int code,
    int provinceCode,
    String type,
    String nameVi,
    String nameEn,
    BigDecimal areaKm2,
    String formerDistricts,
    List<FormerUnit> formerUnits) {

  /** A pre-2025 unit merged wholly ({@code full}) or partly ({@code partial}). */
  public record FormerUnit(int code, String name, String share, String district) {}
}
