package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.Enrolment;
import org.ansinh.server.registry.EnrolmentRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person page's enrolment forms: a new enrolment, and each enrolment corrected or ended (a
 * {@code valid_until}), on evidence. Scope and the rules between fields are {@link
 * EnrolmentRegistry}'s; a saved change shows the person's history, where it now stands.
 */
@Controller
class EnrolmentForms {

  private final EnrolmentRegistry enrolments;
  private final PersonRegistry persons;
  private final RecordRules rules;
  private final RegistryFields fields;
  private final FormSubmission submission;
  private final PersonView view;
  private final CurrentActor current;

  EnrolmentForms(
      EnrolmentRegistry enrolments,
      PersonRegistry persons,
      RecordRules rules,
      RegistryFields fields,
      FormSubmission submission,
      PersonView view,
      CurrentActor current) {
    this.enrolments = enrolments;
    this.persons = persons;
    this.rules = rules;
    this.fields = fields;
    this.submission = submission;
    this.view = view;
    this.current = current;
  }

  @PostMapping("/registry/persons/{person}/enrolments")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String add(
      @PathVariable long person,
      @RequestParam Map<String, String> params,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    Map<String, String> raw = RecordForm.posted(params, fields.of(Level.ENROLMENT));
    raw.values().removeIf(String::isBlank);
    FormSubmission.Outcome<Enrolment> outcome =
        submission.submit(
            RecordForm.submitted(raw, 0, evidence, reason),
            rules.check(Level.ENROLMENT, raw, true),
            () -> enrolments.create(actor, person, raw, new RegistryChange(evidence, reason)),
            RecordForm::blank);
    return answer(actor, person, PersonView.NEW_ENROLMENT, outcome, model, response);
  }

  @PostMapping("/registry/persons/{person}/enrolments/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String change(
      @PathVariable long person,
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    Map<String, String> raw = RecordForm.posted(params, fields.of(Level.ENROLMENT));
    FormSubmission.Outcome<Enrolment> outcome =
        submission.submit(
            RecordForm.submitted(raw, version, evidence, reason),
            rules.check(Level.ENROLMENT, raw, false),
            () ->
                enrolments.update(
                    actor, person, id, version, raw, new RegistryChange(evidence, reason)),
            () -> {
              Enrolment now = enrolments.enrolment(actor, person, id);
              return RecordForm.of(now.fields(), now.version(), fields.of(Level.ENROLMENT));
            });
    return answer(actor, person, String.valueOf(id), outcome, model, response);
  }

  private String answer(
      Actor actor,
      long person,
      String which,
      FormSubmission.Outcome<Enrolment> outcome,
      Model model,
      HttpServletResponse response) {
    if (outcome.ok()) {
      return "redirect:/registry/persons/" + person + "/history?saved";
    }
    response.setStatus(outcome.status());
    PersonRecord p = persons.person(actor, person);
    return view.showFailed(model, actor, p, which, outcome.form());
  }
}
