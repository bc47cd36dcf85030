package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Hỗ trợ thu nhập cơ bản: a monthly non-contributory income transfer to a person, whatever their
 * employment or residence registration. Vietnam has no such programme — monthly social allowances
 * go only to the categories of Nghị định 20/2021/NĐ-CP — so the baseline formula pays nothing; the
 * reform {@code portable_floor} gives it one (seed 000's portable non-contributory floor).
 */
public final class BasicIncomeSupport {

  public static final Variable<long[]> BASIC_INCOME_SUPPORT =
      Variable.money("basic_income_support")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Hỗ trợ thu nhập cơ bản hằng tháng (chưa có trong pháp luật: 0 nếu không áp dụng"
                  + " cải cách)",
              "Basic income support a month (not in current law: 0 without a reform)")
          .reference("Không có trong pháp luật hiện hành; đề xuất của nghiên cứu 000")
          .formula(
              "1900-01-01",
              "Không có chương trình thường xuyên: không chi trả / No standing programme: nothing paid",
              (c, out) -> {})
          .build();

  private BasicIncomeSupport() {}
}
