package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.wages.BaseSalary;
import org.ansinh.policy.vn.wages.ReferenceLevel;

/**
 * The amount flat health insurance contributions and the payroll ceiling are multiples of: the base
 * salary (mức lương cơ sở, Luật BHYT Điều 13–14 as amended by Luật 46/2014/QH13) until 2025-06-30,
 * then the reference level (mức tham chiếu, Luật 51/2024/QH15 with Luật BHXH 41/2024/QH15 Điều 7),
 * which equals the base salary while the base salary exists (Luật 41/2024/QH15 Điều 141 khoản 13).
 */
public final class HiReferenceAmount {

  public static final Variable<long[]> HI_REFERENCE_AMOUNT =
      Variable.money("hi_reference_amount")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức lương cơ sở / mức tham chiếu làm căn cứ đóng BHYT",
              "Base salary / reference level on which HI contributions are based")
          .reference("Luật BHYT, Điều 13–14; Luật 51/2024/QH15")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 13–14 (mức lương cơ sở)",
              (c, out) -> {
                long[] base = c.get(BaseSalary.BASE_SALARY);
                System.arraycopy(base, 0, out, 0, out.length);
              })
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15 (mức tham chiếu); Luật BHXH 41/2024/QH15"
                  + " Điều 7, Điều 141 khoản 13",
              (c, out) -> {
                long[] reference = c.get(ReferenceLevel.REFERENCE_LEVEL);
                System.arraycopy(reference, 0, out, 0, out.length);
              })
          .build();

  private HiReferenceAmount() {}
}
