package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/** Facts about a person that only social insurance reads. */
public final class SocialInsuranceInputs {

  /**
   * Works under a labour contract but not full time: from 1 July 2025 covered only when the month's
   * wage reaches the lowest contribution base (Law 41/2024/QH15, Art. 2.1.l).
   */
  public static final Variable<boolean[]> IS_PART_TIME =
      Variable.bool("is_part_time")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Làm việc không trọn thời gian", "Works part time")
          .reference("Luật BHXH 41/2024/QH15, Điều 2 khoản 1 điểm l")
          .build();

  /**
   * The employer holds the approval to pay the lower occupational-accident rate (Decree
   * 58/2020/NĐ-CP, Art. 4.1 and 5).
   */
  public static final Variable<boolean[]> OA_REDUCED_RATE_APPROVED =
      Variable.bool("oa_reduced_rate_approved")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Người sử dụng lao động được chấp thuận đóng quỹ TNLĐ-BNN mức thấp hơn",
              "Employer approved for the reduced occupational-accident rate")
          .reference("Nghị định 58/2020/NĐ-CP, Điều 4 khoản 1, Điều 5")
          .build();

  /** Lives in an island commune or special zone: a voluntary-SI support group from 2025-07-01. */
  public static final Variable<boolean[]> RESIDES_IN_ISLAND_COMMUNE =
      Variable.bool("resides_in_island_commune")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang sinh sống tại xã đảo, đặc khu", "Lives in an island commune or special zone")
          .reference("Nghị định 159/2025/NĐ-CP")
          .build();

  /** Months of voluntary SI already paid with state support; support stops at the cap. */
  public static final Variable<int[]> VOLUNTARY_SI_SUPPORTED_MONTHS =
      Variable.integer("voluntary_si_supported_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tháng đã được hỗ trợ tiền đóng BHXH tự nguyện",
              "Months of voluntary SI already paid with state support")
          .unit("months")
          .reference("Nghị định 134/2015/NĐ-CP, Điều 14 khoản 2; Nghị định 159/2025/NĐ-CP")
          .build();

  private SocialInsuranceInputs() {}

  public static List<Variable<?>> all() {
    return List.of(
        IS_PART_TIME,
        OA_REDUCED_RATE_APPROVED,
        RESIDES_IN_ISLAND_COMMUNE,
        VOLUNTARY_SI_SUPPORTED_MONTHS);
  }
}
