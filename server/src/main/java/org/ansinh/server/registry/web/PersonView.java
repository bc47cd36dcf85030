package org.ansinh.server.registry.web;

import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.registry.Enrolment;
import org.ansinh.server.registry.HouseholdRecord;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RegistryField;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The person page as every handler shows it: the person's form, and for a recorded person their
 * enrolments (each with its small form), a form for a new enrolment and the move to another
 * household. A handler whose submission failed passes that one form back, with its errors, in place
 * of the blank or recorded one.
 */
@Component
class PersonView {

  /** Which of the page's smaller forms failed: a new enrolment, a move, or an enrolment by id. */
  static final String NEW_ENROLMENT = "new";

  static final String MOVE = "move";

  /** An enrolment as the page lists it, with its form. */
  record EnrolmentRow(Enrolment enrolment, RecordForm form) {}

  private final PersonRegistry persons;
  private final HouseholdRegistry households;
  private final RegistryFields fields;
  private final PersonFieldGroups groups;

  PersonView(
      PersonRegistry persons,
      HouseholdRegistry households,
      RegistryFields fields,
      PersonFieldGroups groups) {
    this.persons = persons;
    this.households = households;
    this.fields = fields;
    this.groups = groups;
  }

  /** The page with the person form as given and the smaller forms as recorded. */
  String show(Model model, Actor actor, PersonRecord p, long householdId, RecordForm form) {
    return show(model, actor, p, householdId, form, null, null);
  }

  /** The page with the person as recorded and one smaller form ({@code failed}) as submitted. */
  String showFailed(Model model, Actor actor, PersonRecord p, String failed, RecordForm form) {
    return show(
        model,
        actor,
        p,
        p.householdId(),
        RecordForm.of(p.fields(), p.version(), fields.of(Level.PERSON)),
        failed,
        form);
  }

  private String show(
      Model model,
      Actor actor,
      PersonRecord p,
      long householdId,
      RecordForm form,
      String failed,
      RecordForm failedForm) {
    HouseholdRecord h = households.household(actor, householdId);
    model.addAttribute("person", p);
    model.addAttribute("household", h);
    model.addAttribute("form", form);
    model.addAttribute("groups", groups.groups());
    model.addAttribute("editable", actor.mayEdit(h.wardCode()));
    model.addAttribute("mayHistory", actor.mayAudit() || actor.mayEdit(h.wardCode()));
    model.addAttribute("failed", failed);
    if (p != null) {
      List<RegistryField> enrolment = fields.of(Level.ENROLMENT);
      List<EnrolmentRow> rows =
          persons.enrolments(actor, p.id()).stream()
              .map(
                  e ->
                      new EnrolmentRow(
                          e,
                          String.valueOf(e.id()).equals(failed)
                              ? failedForm
                              : RecordForm.of(e.fields(), e.version(), enrolment)))
              .toList();
      model.addAttribute("enrolments", rows);
      model.addAttribute("enrolmentFields", enrolment);
      model.addAttribute(
          "newEnrolment", NEW_ENROLMENT.equals(failed) ? failedForm : RecordForm.blank());
      model.addAttribute(
          "move",
          MOVE.equals(failed) ? failedForm : RecordForm.of(Map.of(), p.version(), List.of()));
      model.addAttribute("roleField", fields.find(Level.PERSON, "role"));
    }
    return "registry/person";
  }
}
