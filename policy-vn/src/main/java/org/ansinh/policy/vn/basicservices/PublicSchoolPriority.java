package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Tuyển sinh đầu cấp theo địa bàn: public primary and lower-secondary schools admit first the
 * children who reside in their catchment (grades 1 and 6); residence is permanent or temporary
 * residence (Luật Cư trú 68/2020/QH14, Điều 11 khoản 1). Ho Chi Minh City, from the 2026-27 intake,
 * ranks first the children whose current place of residence on VNeID is in the catchment. Computed
 * for any age: callers restrict it to school-entry ages.
 */
public final class PublicSchoolPriority {

  public static final Variable<boolean[]> PUBLIC_SCHOOL_PRIORITY =
      Variable.bool("public_school_priority")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thuộc đối tượng ưu tiên tuyển sinh lớp 1, lớp 6 trường công lập theo địa bàn cư trú",
              "In the first admission group of the public schools of the catchment where the child lives")
          .reference("Luật Cư trú 68/2020/QH14, Điều 11; quy định tuyển sinh đầu cấp")
          .formula(
              "2021-07-01",
              "Luật Cư trú 68/2020/QH14, Điều 11 khoản 1; TP.HCM: hướng dẫn tuyển sinh 2026-2027",
              ResidenceRule.formula("basic_services.residence_access.public_school_priority"))
          .build();

  private PublicSchoolPriority() {}
}
