package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/** Facts about a person that only social assistance and the social pension read. */
public final class SocialAssistanceInputs {

  public static final Variable<byte[]> SOCIAL_ASSISTANCE_GROUP =
      Variable.enumeration("social_assistance_group", SocialAssistanceGroup.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Nhóm đối tượng bảo trợ xã hội phải khai (Điều 5 Nghị định 20/2021/NĐ-CP)",
              "Declared social assistance group (Decree 20/2021, Art. 5)")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 5")
          .build();

  public static final Variable<int[]> CHILDREN_RAISED_COUNT =
      Variable.integer("children_raised_count")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số con đang nuôi (người đơn thân nghèo)",
              "Number of children being raised (poor single parent)")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 5 khoản 4")
          .unit("count")
          .build();

  public static final Variable<long[]> MONTHLY_PENSION_AMOUNT =
      Variable.money("monthly_pension_amount")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức lương hưu hoặc trợ cấp BHXH hằng tháng đang hưởng",
              "Pension or monthly SI benefit received")
          .reference("Nghị định 176/2025/NĐ-CP, Điều 2 khoản 1 điểm b")
          .build();

  public static final Variable<boolean[]> SOCIAL_PENSION_REQUESTED =
      Variable.bool("social_pension_requested")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Có văn bản đề nghị hưởng trợ cấp hưu trí xã hội",
              "Has requested the social pension in writing")
          .reference("Luật Bảo hiểm xã hội 41/2024/QH15, Điều 21 khoản 1 điểm c")
          .defaultValue(true)
          .build();

  private SocialAssistanceInputs() {}

  public static List<Variable<?>> all() {
    return List.of(
        SOCIAL_ASSISTANCE_GROUP,
        CHILDREN_RAISED_COUNT,
        MONTHLY_PENSION_AMOUNT,
        SOCIAL_PENSION_REQUESTED);
  }
}
