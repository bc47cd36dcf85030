package org.ansinh.policy.vn.incentives;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/** Facts about a person that only the preferential allowances read. */
public final class MeritoriousInputs {

  public static final Variable<byte[]> MERITORIOUS_GROUP =
      Variable.enumeration("meritorious_group", MeritoriousGroup.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label("Diện người có công với cách mạng", "Group of people with meritorious service")
          .reference("Pháp lệnh Ưu đãi người có công với cách mạng 02/2020/UBTVQH14")
          .build();

  public static final Variable<int[]> MARTYRS_COUNT =
      Variable.integer("martyrs_count")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số liệt sĩ mà thân nhân được hưởng trợ cấp tuất",
              "Number of martyrs the relative is entitled for")
          .unit("count")
          .defaultValue(1)
          .build();

  public static final Variable<int[]> WAR_INVALID_INJURY_RATE =
      Variable.integer("war_invalid_injury_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ tổn thương cơ thể của thương binh (%)",
              "Body-injury rate of a war invalid (percent)")
          .unit("percent")
          .build();

  private MeritoriousInputs() {}

  public static List<Variable<?>> all() {
    return List.of(MERITORIOUS_GROUP, MARTYRS_COUNT, WAR_INVALID_INJURY_RATE);
  }
}
