package org.ansinh.simulation.population;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;
import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * What a population file says beyond the law's inputs: where a household lives and how many it
 * stands for, who is a migrant, and who is actually enrolled. Enrolment is a fact of the world, not
 * of the law: comparing it with eligibility is what access analysis does.
 */
public final class PopulationFacts {

  public static final Variable<int[]> WARD_CODE =
      Variable.integer("ward_code")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Mã phường, xã, đặc khu", "Ward, commune or special zone code")
          .build();

  public static final Variable<double[]> HOUSEHOLD_WEIGHT =
      Variable.decimal("household_weight")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Trọng số của hộ (số hộ mà hộ mẫu đại diện)",
              "Household weight (households it stands for)")
          .defaultValue(1.0)
          .build();

  public static final Variable<boolean[]> IS_MIGRANT =
      Variable.bool("is_migrant")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Lao động di cư (thường trú ở tỉnh khác)",
              "Migrant (permanent residence in another province)")
          .build();

  public static final Variable<boolean[]> ENROLLED_COMPULSORY_SI =
      Variable.bool("enrolled_compulsory_si")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang tham gia BHXH bắt buộc", "Enrolled in compulsory social insurance")
          .build();

  public static final Variable<boolean[]> ENROLLED_VOLUNTARY_SI =
      Variable.bool("enrolled_voluntary_si")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang tham gia BHXH tự nguyện", "Enrolled in voluntary social insurance")
          .build();

  public static final Variable<boolean[]> ENROLLED_UI =
      Variable.bool("enrolled_ui")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang tham gia BHTN", "Enrolled in unemployment insurance")
          .build();

  public static final Variable<boolean[]> HAS_HI_CARD =
      Variable.bool("has_hi_card")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Có thẻ BHYT còn hạn", "Holds a valid health insurance card")
          .build();

  public static final Variable<boolean[]> RECEIVES_SOCIAL_ALLOWANCE =
      Variable.bool("receives_social_allowance")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang nhận trợ cấp xã hội hằng tháng", "Receives the monthly social allowance")
          .build();

  public static final Variable<boolean[]> RECEIVES_SOCIAL_PENSION =
      Variable.bool("receives_social_pension")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang nhận trợ cấp hưu trí xã hội", "Receives the social pension")
          .build();

  public static final Variable<int[]> HOME_PROVINCE =
      Variable.integer("home_province")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỉnh, thành nơi thường trú (mã tỉnh 2025)",
              "Province of permanent residence (2025 province code)")
          .build();

  public static final Variable<boolean[]> RECEIVED_VOCATIONAL_TRAINING_SUPPORT =
      Variable.bool("received_vocational_training_support")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đã được hỗ trợ đào tạo nghề trong 12 tháng qua",
              "Received vocational training support in the last 12 months")
          .build();

  public static final Variable<boolean[]> HAS_PREFERENTIAL_LOAN =
      Variable.bool("has_preferential_loan")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Hộ đang vay vốn ưu đãi (NHCSXH)",
              "Household holds a preferential loan (Social Policy Bank)")
          .build();

  public static final Variable<boolean[]> ATTENDS_PUBLIC_SCHOOL =
      Variable.bool("attends_public_school")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang học trường công lập", "Attends a public school")
          .build();

  public static final Variable<boolean[]> RECEIVED_EMERGENCY_ASSISTANCE =
      Variable.bool("received_emergency_assistance")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đã nhận hỗ trợ khẩn cấp trong đợt khẩn cấp gần nhất",
              "Received emergency assistance in the last emergency")
          .build();

  public static final Variable<boolean[]> UI_BENEFIT_DECISION_IN_YEAR =
      Variable.bool("ui_benefit_decision_in_year")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Có quyết định hưởng trợ cấp thất nghiệp trong 12 tháng qua",
              "Received an unemployment benefit decision in the last 12 months")
          .build();

  private PopulationFacts() {}

  public static List<Variable<?>> all() {
    return List.of(
        WARD_CODE,
        HOUSEHOLD_WEIGHT,
        IS_MIGRANT,
        ENROLLED_COMPULSORY_SI,
        ENROLLED_VOLUNTARY_SI,
        ENROLLED_UI,
        HAS_HI_CARD,
        RECEIVES_SOCIAL_ALLOWANCE,
        RECEIVES_SOCIAL_PENSION,
        HOME_PROVINCE,
        RECEIVED_VOCATIONAL_TRAINING_SUPPORT,
        HAS_PREFERENTIAL_LOAN,
        ATTENDS_PUBLIC_SCHOOL,
        RECEIVED_EMERGENCY_ASSISTANCE);
  }

  /**
   * Facts a generated population file carries that a registry does not hold: a benefit decision is
   * the UI agency's record, not the ward's. Files read them; registry snapshots do not.
   */
  public static List<Variable<?>> generatedOnly() {
    return List.of(UI_BENEFIT_DECISION_IN_YEAR);
  }

  /** The policy legislation with these facts, so population files can carry them. */
  public static Legislation extend(Legislation policy) {
    List<Variable<?>> facts = new java.util.ArrayList<>(all());
    facts.addAll(generatedOnly());
    return policy.withVariables(facts);
  }
}
