package org.ansinh.server.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ansinh.policy.vn.person.EmploymentStatus;

/**
 * The screened person as the engine's situation: one person, head of a one-person household in the
 * city they live in. The household's size enters only through income per member, which is what the
 * poverty standards compare (Nghị định 07/2021/NĐ-CP, Điều 3); other members are not invented.
 */
final class ScreeningSituation {

  static final String PERSON = "person";
  static final String HOUSEHOLD = "household";

  private ScreeningSituation() {}

  /**
   * Persons and households in the shape {@code Situation.of} reads, values for the input's month.
   */
  static Map<String, Object> of(ScreeningInput in) {
    Map<String, Object> person = new LinkedHashMap<>();
    if (in.birthDate() != null) {
      person.put("birth_date", in.birthDate().toString());
    } else {
      person.put("age", in.age());
    }
    person.put("sex", in.sex().name());
    person.put("residence_status", in.residence().name());
    person.put("employment_status", in.work().name());
    person.put("labour_contract_months", in.contractMonths());
    person.put("workplace_region", in.region());
    person.put("monthly_wage", in.work() == EmploymentStatus.EMPLOYEE ? in.wage() : 0L);
    // Own-account income is what a voluntary contributor would declare as the basis.
    person.put(
        "voluntary_si_declared_income", in.work() == EmploymentStatus.EMPLOYEE ? 0L : in.wage());
    person.put("si_contribution_months", in.siMonths());
    person.put("ui_contribution_months", in.uiMonths());
    person.put("ui_contribution_months_last_24", in.uiMonths());
    person.put("disability_level", in.disability().name());
    person.put("is_meritorious", in.meritorious());
    person.put("has_pension", in.receivesPension());
    person.put("is_student", in.work() == EmploymentStatus.STUDENT);
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("head", PERSON);
    household.put("province", in.province());
    household.put("area_type", in.area().name());
    household.put("household_income_per_capita", in.incomePerCapita());
    Map<String, Object> situation = new LinkedHashMap<>();
    situation.put("persons", Map.of(PERSON, person));
    situation.put("households", Map.of(HOUSEHOLD, household));
    return situation;
  }
}
