package org.ansinh.policy.vn.wages;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.Arrays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Lương cơ sở: the base salary of the public sector, to which ceilings, household health insurance
 * and many allowances are tied. Set by decree (24/2023/NĐ-CP, 73/2024/NĐ-CP, …).
 */
public final class BaseSalary {

  public static final Variable<long[]> BASE_SALARY =
      Variable.money("base_salary")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức lương cơ sở", "Base salary")
          .reference("Nghị định về mức lương cơ sở (73/2024/NĐ-CP và các nghị định thay thế)")
          .formula(
              "2019-07-01",
              "Nghị định về mức lương cơ sở, Điều 3 khoản 2",
              (c, out) -> Arrays.fill(out, c.money("wages.base_salary")))
          .build();

  private BaseSalary() {}
}
