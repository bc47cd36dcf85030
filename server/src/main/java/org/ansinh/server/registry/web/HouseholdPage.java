package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.Enrolment;
import org.ansinh.server.registry.HouseholdRecord;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A household as a unit: its address and ward, every member with age, role, residence, work and
 * enrolments, and the links its reader may follow (edit, history, add a member); for its ward's
 * officers, the form that changes the household's own facts on evidence. Officers and the city-wide
 * roles open any household in their scope by id; a citizen opens only their own, at {@code
 * /registry/my-household}.
 */
@Controller
class HouseholdPage {

  /** A member as the household page lists them. */
  record Member(PersonRecord person, Integer age, List<Enrolment> enrolments) {}

  private final HouseholdRegistry households;
  private final PersonRegistry persons;
  private final RegistryFields fields;
  private final RecordRules rules;
  private final FormSubmission submission;
  private final CurrentActor current;
  private final Clock clock;

  HouseholdPage(
      HouseholdRegistry households,
      PersonRegistry persons,
      RegistryFields fields,
      RecordRules rules,
      FormSubmission submission,
      CurrentActor current,
      Clock clock) {
    this.households = households;
    this.persons = persons;
    this.fields = fields;
    this.rules = rules;
    this.submission = submission;
    this.current = current;
    this.clock = clock;
  }

  @GetMapping("/registry/households/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String household(@PathVariable long id, Model model) {
    return show(current.get(), id, model);
  }

  /** The household's own facts changed on evidence, through the form on its page. */
  @PostMapping("/registry/households/{id}/edit")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String save(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    HouseholdRecord h = households.household(actor, id);
    if (!actor.mayEdit(h.wardCode())) {
      throw new AccessDeniedException("may not change households of ward " + h.wardCode());
    }
    Map<String, String> raw = RecordForm.posted(params, fields.of(Level.HOUSEHOLD));
    FormSubmission.Outcome<HouseholdRecord> outcome =
        submission.submit(
            RecordForm.submitted(raw, version, evidence, reason),
            rules.check(Level.HOUSEHOLD, raw, false),
            () -> households.update(actor, id, version, raw, new RegistryChange(evidence, reason)),
            () -> recorded(households.household(actor, id)));
    if (outcome.ok()) {
      return "redirect:/registry/households/" + id + "/history?saved";
    }
    response.setStatus(outcome.status());
    model.addAttribute("form", outcome.form());
    return show(actor, id, model);
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
    model.addAttribute("householdFields", fields.of(Level.HOUSEHOLD));
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", recorded(h));
    }
    return "registry/household";
  }

  private RecordForm recorded(HouseholdRecord h) {
    return RecordForm.of(h.fields(), h.version(), fields.of(Level.HOUSEHOLD));
  }

  private static Integer age(PersonRecord p, LocalDate today) {
    Object birth = p.fields().get("birth_date");
    return birth instanceof LocalDate b ? Period.between(b, today).getYears() : null;
  }
}
