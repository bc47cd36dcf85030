package org.ansinh.server.area;

import java.math.BigDecimal;

/** A ward, commune or special zone as the API lists it. */
public record AreaSummary(
    int code,
    int provinceCode,
    String type,
    String nameVi,
    String nameEn,
    BigDecimal areaKm2,
    int formerUnitCount) {}
