package org.ansinh.server.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.server.registry.RegistryField;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.stereotype.Component;

/**
 * A person's fields in the groups an officer fills them in: identity, residence, work and income,
 * insurance history, assistance. A field the law adds later and no group names lands in "other", so
 * the form never hides an input of the law.
 */
@Component
class PersonFieldGroups {

  /** One group of the form: its message key suffix and its fields, in the registry's order. */
  record Group(String key, List<RegistryField> fields) {}

  private static final Map<String, Set<String>> NAMED = new LinkedHashMap<>();

  static {
    NAMED.put(
        "identity",
        Set.of("role", "full_name", "national_id", "birth_date", "sex", "ethnic_minority"));
    NAMED.put(
        "residence",
        Set.of(
            "residence_status",
            "is_migrant",
            "home_province",
            "resides_in_island_commune",
            "registered_in_social_registry"));
    NAMED.put(
        "work",
        Set.of(
            "employment_status",
            "labour_contract_months",
            "monthly_wage",
            "workplace_region",
            "months_worked_in_year",
            "is_part_time",
            "state_set_wage",
            "unlawful_contract_termination",
            "is_fisher",
            "is_student",
            "is_school_pupil",
            "disadvantaged_student",
            "training_course_months"));
    NAMED.put(
        "insurance",
        Set.of(
            "si_contribution_months",
            "ui_contribution_months",
            "ui_contribution_months_last_24",
            "average_wage_last_6_months",
            "voluntary_si_declared_income",
            "voluntary_si_supported_months",
            "has_pension",
            "monthly_pension_amount",
            "receiving_ui_benefit",
            "oa_reduced_rate_approved"));
    NAMED.put(
        "assistance",
        Set.of(
            "disability_level",
            "social_assistance_group",
            "has_legal_supporter",
            "is_orphan",
            "children_raised_count",
            "social_pension_requested",
            "is_meritorious",
            "meritorious_group",
            "martyrs_count",
            "war_invalid_injury_rate"));
  }

  private final List<Group> groups;

  PersonFieldGroups(RegistryFields fields) {
    List<Group> all = new ArrayList<>();
    List<RegistryField> person = fields.of(Level.PERSON);
    for (Map.Entry<String, Set<String>> g : NAMED.entrySet()) {
      all.add(
          new Group(
              g.getKey(), person.stream().filter(f -> g.getValue().contains(f.name())).toList()));
    }
    List<RegistryField> other =
        person.stream()
            .filter(f -> NAMED.values().stream().noneMatch(s -> s.contains(f.name())))
            .toList();
    if (!other.isEmpty()) {
      all.add(new Group("other", other));
    }
    this.groups = List.copyOf(all);
  }

  List<Group> groups() {
    return groups;
  }
}
