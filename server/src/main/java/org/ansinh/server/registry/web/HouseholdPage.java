package org.ansinh.server.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.Enrolment;
import org.ansinh.server.registry.HouseholdRecord;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A household as a unit: its address and ward, every member with age, role, residence, work and
 * enrolments, and the links its reader may follow (edit, history, add a member). Officers and the
 * city-wide roles open any household in their scope by id; a citizen opens only their own, at
 * {@code /registry/my-household}.
 */
@Controller
class HouseholdPage {

  /** A member as the household page lists them. */
  record Member(PersonRecord person, Integer age, List<Enrolment> enrolments) {}

  private final HouseholdRegistry households;
  private final PersonRegistry persons;
  private final RegistryFields fields;
  private final CurrentActor current;
  private final Clock clock;

  HouseholdPage(
      HouseholdRegistry households,
      PersonRegistry persons,
      RegistryFields fields,
      CurrentActor current,
      Clock clock) {
    this.households = households;
    this.persons = persons;
    this.fields = fields;
    this.current = current;
    this.clock = clock;
  }

  @GetMapping("/registry/households/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String household(@PathVariable long id, Model model) {
    return show(current.get(), id, model);
  }

  @GetMapping("/registry/my-household")
  @PreAuthorize("hasRole('CITIZEN')")
  String mine(Model model) {
    Actor actor = current.get();
    return show(actor, actor.householdId(), model);
  }

  @GetMapping("/registry/households/{id}/history")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','INSPECTOR','ADMIN')")
  String history(@PathVariable long id, Model model) {
    Actor actor = current.get();
    HouseholdRecord h = households.household(actor, id);
    model.addAttribute("household", h);
    model.addAttribute("person", null);
    model.addAttribute("entries", HistoryPage.lines(households.history(actor, id), clock));
    return "registry/history";
  }

  private String show(Actor actor, long id, Model model) {
    HouseholdRecord h = households.household(actor, id);
    LocalDate today = LocalDate.now(clock);
    List<Member> members =
        h.members().stream()
            .map(p -> new Member(p, age(p, today), persons.enrolments(actor, p.id())))
            .toList();
    model.addAttribute("household", h);
    model.addAttribute("members", members);
    model.addAttribute("householdInputs", fields.lawInputs(Level.HOUSEHOLD));
    model.addAttribute("today", today);
    model.addAttribute("mayEdit", actor.mayEdit(h.wardCode()));
    model.addAttribute("mayHistory", actor.mayAudit() || actor.mayEdit(h.wardCode()));
    model.addAttribute("citizen", actor.householdId() != null);
    return "registry/household";
  }

  private static Integer age(PersonRecord p, LocalDate today) {
    Object birth = p.fields().get("birth_date");
    return birth instanceof LocalDate b ? Period.between(b, today).getYears() : null;
  }
}
