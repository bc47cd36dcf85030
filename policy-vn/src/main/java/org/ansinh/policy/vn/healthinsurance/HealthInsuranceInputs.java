package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;
import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.socialassistance.MonthlySocialAllowance;

/**
 * Facts that decide a person's health insurance group and that only this pillar reads: whether the
 * person receives a monthly social allowance, attends a general school, and whether the household
 * lives in a poor district or works in agriculture (Luật BHYT 25/2008/QH12 as amended, Điều 12;
 * Nghị định 146/2018/NĐ-CP Điều 3–4; from 2025-07-01 Luật 51/2024/QH15, Nghị định 188/2025/NĐ-CP).
 */
public final class HealthInsuranceInputs {

  /**
   * Monthly social allowance beneficiary or resident of a social protection facility (state-paid
   * HI: Luật BHYT Điều 12 khoản 3). When not given: whether the social assistance pillar pays the
   * person a monthly social allowance.
   */
  public static final Variable<boolean[]> SOCIAL_ASSISTANCE_BENEFICIARY =
      Variable.bool("social_assistance_beneficiary")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đang hưởng trợ cấp xã hội hằng tháng hoặc được nuôi dưỡng tại cơ sở trợ giúp xã hội",
              "Receives a monthly social allowance or lives in a social protection facility")
          .reference("Nghị định 20/2021/NĐ-CP; Nghị định 76/2024/NĐ-CP")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 5–6 (trợ cấp xã hội hằng tháng)",
              (c, out) -> {
                long[] allowance = c.get(MonthlySocialAllowance.MONTHLY_SOCIAL_ALLOWANCE);
                for (int i = 0; i < out.length; i++) {
                  out[i] = allowance[i] > 0;
                }
              })
          .build();

  /**
   * Pupil of a general school (primary, lower or upper secondary) or continuing-education learner
   * at secondary level; a pupil is also a student for the state support of health insurance.
   */
  public static final Variable<boolean[]> IS_SCHOOL_PUPIL =
      Variable.bool("is_school_pupil")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Là học sinh phổ thông hoặc học viên giáo dục thường xuyên cấp THCS, THPT",
              "Is a pupil of a general school or a secondary continuing-education learner")
          .build();

  /** Household in a poor district (Nghị quyết 30a/2008/NQ-CP or a district applying it). */
  public static final Variable<boolean[]> POOR_DISTRICT =
      Variable.bool("poor_district")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Hộ sống tại huyện nghèo", "Household lives in a poor district")
          .reference("Nghị quyết 30a/2008/NQ-CP")
          .build();

  /** Household working in agriculture, forestry, fishery or salt-making. */
  public static final Variable<boolean[]> AGRICULTURAL_HOUSEHOLD =
      Variable.bool("agricultural_household")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp",
              "Household in agriculture, forestry, fishery or salt-making")
          .build();

  private HealthInsuranceInputs() {}

  public static List<Variable<?>> all() {
    return List.of(
        SOCIAL_ASSISTANCE_BENEFICIARY, IS_SCHOOL_PUPIL, POOR_DISTRICT, AGRICULTURAL_HOUSEHOLD);
  }
}
