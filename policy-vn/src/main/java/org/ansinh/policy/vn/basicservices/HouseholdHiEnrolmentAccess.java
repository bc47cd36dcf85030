package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Household-based health insurance covers the people on the household (permanent-residence) or
 * temporary-residence record of the place (Nghị định 146/2018/NĐ-CP, Điều 5; records replaced by
 * residence data by Nghị định 104/2022/NĐ-CP).
 */
public final class HouseholdHiEnrolmentAccess {

  public static final Variable<boolean[]> HOUSEHOLD_HI_ENROLMENT_ACCESSIBLE =
      Variable.bool("household_hi_enrolment_accessible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được tham gia BHYT theo hộ gia đình tại nơi đang sống",
              "Can join household-based health insurance where they live")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 5")
          .formula(
              "2018-12-01",
              "Nghị định 146/2018/NĐ-CP, Điều 5",
              ResidenceRule.formula("basic_services.residence_access.household_health_insurance"))
          .build();

  private HouseholdHiEnrolmentAccess() {}
}
