package org.ansinh.policy.vn.incentives;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.Arrays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Mức chuẩn trợ cấp ưu đãi người có công với cách mạng: the standard level on which the
 * preferential allowances are built — 2,055,000 from 1 July 2023 (Decree 55/2023/NĐ-CP), 2,789,000
 * from 1 July 2024 (Decree 77/2024/NĐ-CP), 3,012,000 from 1 July 2026 (Decree 321/2026/NĐ-CP, Art.
 * 3 khoản 1).
 */
public final class MeritoriousStandardLevel {

  public static final Variable<long[]> MERITORIOUS_STANDARD_LEVEL =
      Variable.money("meritorious_standard_level")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức chuẩn trợ cấp ưu đãi người có công",
              "Standard level of preferential allowances for people with meritorious service")
          .reference("Nghị định 75/2021/NĐ-CP, Điều 3 (sửa đổi); Nghị định 321/2026/NĐ-CP, Điều 3")
          .formula(
              "2023-07-01",
              "Nghị định 55/2023/NĐ-CP, 77/2024/NĐ-CP, 321/2026/NĐ-CP (mức chuẩn)",
              (c, out) -> Arrays.fill(out, c.money("social_incentives.standard_level")))
          .build();

  private MeritoriousStandardLevel() {}
}
