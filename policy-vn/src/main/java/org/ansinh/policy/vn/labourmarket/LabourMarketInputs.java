package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;
import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/** Inputs only labour-market support reads: facts behind the training-support groups. */
public final class LabourMarketInputs {

  /** The State recovered the household's agricultural or business land (QĐ 46/2015 group). */
  public static final Variable<boolean[]> HOUSEHOLD_LAND_RECOVERED =
      Variable.bool("household_land_recovered")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Hộ bị thu hồi đất nông nghiệp, đất kinh doanh",
              "Household whose agricultural or business land the State recovered")
          .reference("Quyết định 46/2015/QĐ-TTg")
          .build();

  public static final Variable<boolean[]> IS_FISHER =
      Variable.bool("is_fisher")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Ngư dân", "Works as a fisher")
          .reference("Quyết định 46/2015/QĐ-TTg")
          .build();

  /**
   * Length of the course the person enrols in, in months counted by QĐ 17/2021's odd-day rule (14
   * days or fewer = half a month, 15 or more = a month): a multiple of 0.5.
   */
  public static final Variable<double[]> TRAINING_COURSE_MONTHS =
      Variable.decimal("training_course_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Thời gian khóa đào tạo (tháng)", "Length of the training course (months)")
          .reference("Quyết định 17/2021/QĐ-TTg, Điều 3 khoản 2")
          .unit("months")
          .build();

  private LabourMarketInputs() {}

  public static List<Variable<?>> all() {
    return List.of(HOUSEHOLD_LAND_RECOVERED, IS_FISHER, TRAINING_COURSE_MONTHS);
  }
}
