package org.ansinh.policy.vn.household;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/** What is known of a household: where it lives and its income and deprivations. */
public final class HouseholdInputs {

  /** GSO province code; 0 when unknown, in which case only national rules apply. */
  public static final Variable<int[]> PROVINCE =
      Variable.integer("province")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Mã tỉnh/thành phố (79 TP.HCM, 01 Hà Nội; 0 = chỉ áp dụng quy định quốc gia)",
              "Province code (79 HCMC, 01 Hanoi; 0 = national rules only)")
          .build();

  public static final Variable<byte[]> AREA_TYPE =
      Variable.enumeration("area_type", AreaType.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Khu vực thành thị/nông thôn", "Urban or rural area")
          .build();

  public static final Variable<long[]> HOUSEHOLD_INCOME_PER_CAPITA =
      Variable.money("household_income_per_capita")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Thu nhập bình quân đầu người của hộ (đồng/tháng)",
              "Household income per person (VND a month)")
          .build();

  public static final Variable<int[]> DEPRIVATION_COUNT =
      Variable.integer("deprivation_count")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Số chỉ số thiếu hụt dịch vụ xã hội cơ bản",
              "Number of basic social service deprivations")
          .build();

  public static final Variable<byte[]> COMMUNE_AREA =
      Variable.enumeration("commune_area", CommuneArea.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Loại địa bàn xã, thôn nơi hộ sinh sống", "Socio-economic class of the commune")
          .build();

  public static final Variable<boolean[]> RECENTLY_ESCAPED_POVERTY =
      Variable.bool("recently_escaped_poverty")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Hộ mới thoát nghèo, thoát cận nghèo (trong thời hạn được hỗ trợ)",
              "Household recently out of poverty or near-poverty (within the support period)")
          .build();

  public static final Variable<boolean[]> AVERAGE_LIVING_STANDARD_HOUSEHOLD =
      Variable.bool("average_living_standard_household")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Hộ có mức sống trung bình", "Household of average living standard")
          .build();

  /** GSO codes of the two cities with their own rules. */
  public static final int HO_CHI_MINH_CITY = 79; // code, not law

  public static final int HANOI = 1; // code, not law

  private HouseholdInputs() {}

  public static List<Variable<?>> all() {
    return List.of(
        PROVINCE,
        AREA_TYPE,
        HOUSEHOLD_INCOME_PER_CAPITA,
        DEPRIVATION_COUNT,
        COMMUNE_AREA,
        RECENTLY_ESCAPED_POVERTY,
        AVERAGE_LIVING_STANDARD_HOUSEHOLD);
  }
}
