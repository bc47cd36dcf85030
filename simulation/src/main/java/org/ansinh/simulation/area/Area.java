package org.ansinh.simulation.area;

/**
 * A ward, commune or special zone.
 *
 * @param code the GSO code (5 digits)
 * @param formerUnits how many pre-2025 wards and communes it absorbed: with no public population
 *     per new unit, the generator places households in proportion to it
 */
public record Area(
    int code,
    String nameVi,
    String nameEn,
    AreaType type,
    int provinceCode,
    double areaKm2,
    String formerDistricts,
    int formerUnits) {}
