package org.ansinh.policy.vn.incentives;

import org.ansinh.engine.value.Coded;

/**
 * The group of people with meritorious service (or their relatives) a person belongs to, under the
 * Ordinance on Preferential Treatment of People with Meritorious Service 02/2020/UBTVQH14. Only the
 * groups whose monthly allowance is modelled are listed, plus one whose amounts are not yet known.
 */
public enum MeritoriousGroup implements Coded {
  NONE("Không thuộc diện người có công", "Not a person with meritorious service"),
  MARTYR_RELATIVE("Thân nhân liệt sĩ", "Relative of a martyr"),
  HEROIC_MOTHER("Bà mẹ Việt Nam anh hùng", "Vietnamese Heroic Mother"),
  WAR_INVALID(
      "Thương binh, người hưởng chính sách như thương binh",
      "War invalid, or person treated as a war invalid"),
  PRE_AUGUST_1945_ACTIVIST(
      "Người hoạt động cách mạng từ ngày 01/01/1945 đến ngày khởi nghĩa tháng Tám năm 1945",
      "Revolutionary activist from 1 January 1945 to the August 1945 uprising"),
  TOXIC_CHEMICAL_RESISTANCE(
      "Người hoạt động kháng chiến bị nhiễm chất độc hóa học",
      "Resistance participant exposed to toxic chemicals");

  private final String labelVi;
  private final String labelEn;

  MeritoriousGroup(String labelVi, String labelEn) {
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
