package org.ansinh.policy.vn.wages;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.Arrays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Mức tham chiếu: the reference level that replaces the base salary in social insurance from 1 July
 * 2025 (Law 41/2024/QH15, Art. 7); equal to the base salary until the Government sets it.
 */
public final class ReferenceLevel {

  public static final Variable<long[]> REFERENCE_LEVEL =
      Variable.money("reference_level")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức tham chiếu", "Reference level")
          .reference("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 7")
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 7",
              (c, out) -> Arrays.fill(out, c.money("wages.reference_level")))
          .build();

  private ReferenceLevel() {}
}
