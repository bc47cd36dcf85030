package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;
import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Policy credit of the Vietnam Bank for Social Policies (poor, near-poor and just-out-of-poverty
 * households, job creation, students) is lent to borrowers "cư trú hợp pháp tại địa phương nơi cho
 * vay" (VBSP conditions under Nghị định 78/2002/NĐ-CP and the programmes' decisions): permanent or
 * temporary residence there (Luật Cư trú 68/2020/QH14, Điều 11). A household meets it through its
 * head, who borrows on its behalf.
 */
public final class VbspResidenceCondition {

  public static final Variable<boolean[]> VBSP_RESIDENCE_CONDITION_MET =
      Variable.bool("vbsp_residence_condition_met")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Đáp ứng điều kiện cư trú hợp pháp tại địa phương nơi cho vay (NHCSXH)",
              "Meets the VBSP condition of lawful residence in the lending locality")
          .reference("Nghị định 78/2002/NĐ-CP; Luật Cư trú 68/2020/QH14, Điều 11")
          .formula(
              "2021-07-01",
              "Điều kiện vay vốn NHCSXH: cư trú hợp pháp tại địa phương nơi cho vay; Luật Cư trú 68/2020/QH14, Điều 11",
              ResidenceRule.formula("basic_services.residence_access.preferential_credit"))
          .build();

  public static final Variable<boolean[]> VBSP_HOUSEHOLD_RESIDENCE_CONDITION_MET =
      Variable.bool("vbsp_household_residence_condition_met")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Hộ cư trú hợp pháp tại địa phương nơi cho vay (theo chủ hộ)",
              "Household resides lawfully in the lending locality (through its head)")
          .reference("Nghị định 78/2002/NĐ-CP; Luật Cư trú 68/2020/QH14, Điều 11")
          .formula(
              "2021-07-01",
              "Điều kiện vay vốn NHCSXH: hộ cư trú hợp pháp tại địa phương nơi cho vay",
              (c, out) -> {
                boolean[] head = c.head(VBSP_RESIDENCE_CONDITION_MET);
                System.arraycopy(head, 0, out, 0, out.length);
              })
          .build();

  private VbspResidenceCondition() {}
}
