package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Monthly social assistance is applied for to the chair of the commune People's Committee "nơi cư
 * trú" (Nghị định 20/2021/NĐ-CP, Điều 8 khoản 1 điểm a), i.e. where the person has permanent or
 * temporary residence (Luật Cư trú 68/2020/QH14, Điều 11).
 */
public final class LocalSocialAssistanceAccess {

  public static final Variable<boolean[]> LOCAL_SOCIAL_ASSISTANCE_ACCESSIBLE =
      Variable.bool("local_social_assistance_accessible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được nộp hồ sơ trợ cấp xã hội hằng tháng tại xã nơi đang sống",
              "Can file for monthly social assistance at the commune where they live")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 8 khoản 1 điểm a")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 8 khoản 1 điểm a; Luật Cư trú 68/2020/QH14, Điều 11",
              ResidenceRule.formula("basic_services.residence_access.local_social_assistance"))
          .build();

  private LocalSocialAssistanceAccess() {}
}
