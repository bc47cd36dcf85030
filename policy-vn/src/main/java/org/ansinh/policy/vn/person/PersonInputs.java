package org.ansinh.policy.vn.person;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.time.LocalDate;
import java.util.List;
import org.ansinh.engine.period.CalendarDays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * What is known of a person: the inputs every pillar reads. Amounts are VND a month. Only {@code
 * age} has a formula: whole years on the first day of the month, from {@code birth_date} where that
 * is given.
 */
public final class PersonInputs {

  public static final Variable<int[]> BIRTH_DATE =
      Variable.date("birth_date")
          .of(PERSON, PeriodUnit.ETERNITY)
          .label("Ngày sinh", "Date of birth")
          .build();

  public static final Variable<int[]> AGE =
      Variable.integer("age")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tuổi (số năm tròn)", "Age (whole years)")
          .unit("years")
          .formula(
              "1900-01-01",
              "Whole years on the first day of the month",
              (c, out) -> {
                int[] birth = c.get(BIRTH_DATE);
                boolean[] known = c.given(BIRTH_DATE);
                LocalDate day = c.date();
                for (int i = 0; i < out.length; i++) {
                  if (known[i]) {
                    out[i] = Math.max(0, CalendarDays.wholeYears(birth[i], day));
                  }
                }
              })
          .build();

  public static final Variable<byte[]> SEX =
      Variable.enumeration("sex", Sex.class)
          .of(PERSON, PeriodUnit.ETERNITY)
          .label("Giới tính", "Sex")
          .build();

  public static final Variable<boolean[]> ETHNIC_MINORITY =
      Variable.bool("ethnic_minority")
          .of(PERSON, PeriodUnit.ETERNITY)
          .label("Người dân tộc thiểu số", "Belongs to an ethnic minority")
          .build();

  public static final Variable<byte[]> RESIDENCE_STATUS =
      Variable.enumeration("residence_status", ResidenceStatus.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tình trạng cư trú tại nơi ở hiện tại", "Residence registration at the current place")
          .reference("Luật Cư trú 68/2020/QH14")
          .build();

  public static final Variable<byte[]> EMPLOYMENT_STATUS =
      Variable.enumeration("employment_status", EmploymentStatus.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tình trạng việc làm", "Employment status")
          .defaultValue("INACTIVE")
          .build();

  public static final Variable<int[]> LABOUR_CONTRACT_MONTHS =
      Variable.integer("labour_contract_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thời hạn hợp đồng lao động (tháng; 0 = không có, 999 = không xác định thời hạn)",
              "Labour contract length (months; 0 = none, 999 = indefinite)")
          .unit("months")
          .build();

  public static final Variable<long[]> MONTHLY_WAGE =
      Variable.money("monthly_wage")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Tiền lương tháng", "Monthly wage")
          .build();

  public static final Variable<int[]> WORKPLACE_REGION =
      Variable.integer("workplace_region")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Vùng lương tối thiểu nơi làm việc (1–4)",
              "Minimum-wage region of the workplace (1–4)")
          .defaultValue(1)
          .build();

  public static final Variable<int[]> SI_CONTRIBUTION_MONTHS =
      Variable.integer("si_contribution_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tổng số tháng đóng BHXH (bắt buộc và tự nguyện)",
              "Months of social insurance contributions (compulsory and voluntary)")
          .unit("months")
          .build();

  public static final Variable<int[]> UI_CONTRIBUTION_MONTHS =
      Variable.integer("ui_contribution_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tháng đóng BHTN chưa hưởng",
              "Months of unemployment insurance contributions not yet used")
          .unit("months")
          .build();

  public static final Variable<int[]> UI_CONTRIBUTION_MONTHS_LAST_24 =
      Variable.integer("ui_contribution_months_last_24")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tháng đóng BHTN trong 24 tháng trước khi chấm dứt hợp đồng",
              "Months of UI contributions in the 24 months before the contract ended")
          .unit("months")
          .build();

  public static final Variable<long[]> AVERAGE_WAGE_LAST_6_MONTHS =
      Variable.money("average_wage_last_6_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Bình quân tiền lương đóng BHTN 6 tháng liền kề",
              "Average insured wage of the last 6 months")
          .build();

  public static final Variable<long[]> VOLUNTARY_SI_DECLARED_INCOME =
      Variable.money("voluntary_si_declared_income")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thu nhập tháng chọn làm căn cứ đóng BHXH tự nguyện",
              "Monthly income declared for voluntary social insurance")
          .build();

  public static final Variable<byte[]> DISABILITY_LEVEL =
      Variable.enumeration("disability_level", DisabilityLevel.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức độ khuyết tật", "Disability level")
          .reference("Luật Người khuyết tật 51/2010/QH12, Điều 3")
          .build();

  public static final Variable<boolean[]> HAS_PENSION =
      Variable.bool("has_pension")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đang hưởng lương hưu hoặc trợ cấp BHXH hằng tháng",
              "Receives a pension or monthly SI allowance")
          .build();

  public static final Variable<boolean[]> HAS_LEGAL_SUPPORTER =
      Variable.bool("has_legal_supporter")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Có người có nghĩa vụ và quyền phụng dưỡng",
              "Has someone with the legal duty to support them")
          .defaultValue(true)
          .build();

  public static final Variable<boolean[]> IS_STUDENT =
      Variable.bool("is_student")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang là học sinh, sinh viên", "Is a pupil or student")
          .build();

  public static final Variable<boolean[]> IS_MERITORIOUS =
      Variable.bool("is_meritorious")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Người có công với cách mạng hoặc thân nhân được hưởng ưu đãi",
              "Person with meritorious service, or a relative entitled to incentives")
          .reference("Pháp lệnh Ưu đãi người có công với cách mạng 02/2020/UBTVQH14")
          .build();

  public static final Variable<boolean[]> RECEIVING_UI_BENEFIT =
      Variable.bool("receiving_ui_benefit")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đang hưởng trợ cấp thất nghiệp", "Currently receiving unemployment benefit")
          .build();

  public static final Variable<int[]> MONTHS_WORKED_IN_YEAR =
      Variable.integer("months_worked_in_year")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tháng có việc làm trong 12 tháng gần nhất (được xác nhận)",
              "Months worked in the last 12 months (as confirmed)")
          .build();

  public static final Variable<boolean[]> REGISTERED_IN_SOCIAL_REGISTRY =
      Variable.bool("registered_in_social_registry")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đã đăng ký trước trong cơ sở dữ liệu an sinh xã hội",
              "Pre-registered in the social registry")
          .build();

  private PersonInputs() {}

  public static List<Variable<?>> all() {
    return List.of(
        BIRTH_DATE,
        AGE,
        SEX,
        ETHNIC_MINORITY,
        RESIDENCE_STATUS,
        EMPLOYMENT_STATUS,
        LABOUR_CONTRACT_MONTHS,
        MONTHLY_WAGE,
        WORKPLACE_REGION,
        SI_CONTRIBUTION_MONTHS,
        UI_CONTRIBUTION_MONTHS,
        UI_CONTRIBUTION_MONTHS_LAST_24,
        AVERAGE_WAGE_LAST_6_MONTHS,
        VOLUNTARY_SI_DECLARED_INCOME,
        DISABILITY_LEVEL,
        HAS_PENSION,
        HAS_LEGAL_SUPPORTER,
        IS_STUDENT,
        IS_MERITORIOUS,
        RECEIVING_UI_BENEFIT,
        MONTHS_WORKED_IN_YEAR,
        REGISTERED_IN_SOCIAL_REGISTRY);
  }
}
