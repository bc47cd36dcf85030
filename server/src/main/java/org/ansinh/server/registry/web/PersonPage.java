package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.HouseholdRecord;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.RegistryField;
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
 * A person's form: read (officers of the ward and administrators may change it; leaders, analysts
 * and inspectors see it read-only), changed with evidence and a reason, and a new member added to a
 * household. Submissions go through {@link FormSubmission}; the page is {@link PersonView}'s.
 */
@Controller
class PersonPage {

  private final PersonRegistry persons;
  private final HouseholdRegistry households;
  private final RecordRules rules;
  private final RegistryFields fields;
  private final FormSubmission submission;
  private final PersonView view;
  private final CurrentActor current;

  PersonPage(
      PersonRegistry persons,
      HouseholdRegistry households,
      RecordRules rules,
      RegistryFields fields,
      FormSubmission submission,
      PersonView view,
      CurrentActor current) {
    this.persons = persons;
    this.households = households;
    this.rules = rules;
    this.fields = fields;
    this.submission = submission;
    this.view = view;
    this.current = current;
  }

  @GetMapping("/registry/persons/{id}/edit")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String edit(@PathVariable long id, Model model) {
    Actor actor = current.get();
    PersonRecord p = persons.person(actor, id);
    return view.show(model, actor, p, p.householdId(), recorded(p));
  }

  @PostMapping("/registry/persons/{id}/edit")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String save(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean confirm,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    PersonRecord p = persons.person(actor, id);
    if (!actor.mayEdit(p.wardCode())) {
      throw new AccessDeniedException("may not change persons of ward " + p.wardCode());
    }
    Map<String, String> raw = RecordForm.posted(params, person());
    FormSubmission.Outcome<PersonRecord> outcome =
        submission.submit(
            RecordForm.submitted(raw, version, evidence, reason),
            rules.check(Level.PERSON, raw, false),
            () ->
                persons.update(
                    actor, id, version, raw, confirm, new RegistryChange(evidence, reason)),
            () -> recorded(persons.person(actor, id)));
    if (outcome.ok()) {
      return "redirect:/registry/persons/" + id + "/history?saved";
    }
    response.setStatus(outcome.status());
    PersonRecord now = persons.person(actor, id);
    return view.show(model, actor, now, now.householdId(), outcome.form());
  }

  @GetMapping("/registry/households/{household}/persons/new")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String blank(@PathVariable long household, Model model) {
    Actor actor = current.get();
    editable(actor, household);
    return view.show(model, actor, null, household, RecordForm.blank());
  }

  @PostMapping("/registry/households/{household}/persons/new")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String add(
      @PathVariable long household,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean confirm,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    editable(actor, household);
    Map<String, String> raw = RecordForm.posted(params, person());
    // A new record holds what was filled in; a blank field is "not recorded" (the column default).
    raw.values().removeIf(String::isBlank);
    FormSubmission.Outcome<PersonRecord> outcome =
        submission.submit(
            RecordForm.submitted(raw, 0, evidence, reason),
            rules.check(Level.PERSON, raw, true),
            () ->
                persons.create(
                    actor, household, raw, confirm, new RegistryChange(evidence, reason)),
            RecordForm::blank);
    if (outcome.ok()) {
      return "redirect:/registry/households/" + household + "?added=" + outcome.saved().id();
    }
    response.setStatus(outcome.status());
    return view.show(model, actor, null, household, outcome.form());
  }

  private RecordForm recorded(PersonRecord p) {
    return RecordForm.of(p.fields(), p.version(), person());
  }

  private void editable(Actor actor, long household) {
    HouseholdRecord h = households.household(actor, household);
    if (!actor.mayEdit(h.wardCode())) {
      throw new AccessDeniedException("may not add persons in ward " + h.wardCode());
    }
  }

  private List<RegistryField> person() {
    return fields.of(Level.PERSON);
  }
}
