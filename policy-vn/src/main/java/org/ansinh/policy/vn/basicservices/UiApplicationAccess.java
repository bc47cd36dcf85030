package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * The worker applies for unemployment benefit at the employment service centre where they wish to
 * receive it (Luật Việc làm 38/2013/QH13, Điều 46 khoản 1): no residence condition.
 */
public final class UiApplicationAccess {

  public static final Variable<boolean[]> UI_APPLICATION_ACCESSIBLE =
      Variable.bool("ui_application_accessible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được nộp hồ sơ hưởng bảo hiểm thất nghiệp tại nơi đang sống",
              "Can apply for unemployment insurance where they live")
          .reference("Luật Việc làm 38/2013/QH13, Điều 46 khoản 1")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 46 khoản 1",
              ResidenceRule.formula(
                  "basic_services.residence_access.unemployment_insurance_application"))
          .build();

  private UiApplicationAccess() {}
}
