package org.ansinh.policy.vn.reforms;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Facts that only a reform reads: groups seed 004 names for which the law has no category of its
 * own. The synthetic cities draw both (simulation's ChildCircumstances); false unless given.
 */
public final class ReformInputs {

  /**
   * A pupil or student in difficult circumstances as confirmed by the school or ward, whether or
   * not the household is poor (seed 004 names "disadvantaged students" and "students with
   * difficulties who do not meet the criteria for poverty").
   */
  public static final Variable<boolean[]> DISADVANTAGED_STUDENT =
      Variable.bool("disadvantaged_student")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Học sinh, sinh viên có hoàn cảnh khó khăn (được nhà trường hoặc phường, xã xác nhận)",
              "Pupil or student in difficult circumstances (confirmed by the school or ward)")
          .build();

  /**
   * Has lost one or both parents. Wider than the social assistance group of children without
   * support (Nghị định 20/2021/NĐ-CP Điều 5 khoản 1), which {@code hcmc_support_groups} also
   * counts.
   */
  public static final Variable<boolean[]> IS_ORPHAN =
      Variable.bool("is_orphan")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mồ côi cha hoặc mẹ hoặc cả cha và mẹ", "Has lost one or both parents")
          .build();

  private ReformInputs() {}

  public static List<Variable<?>> all() {
    return List.of(DISADVANTAGED_STUDENT, IS_ORPHAN);
  }
}
