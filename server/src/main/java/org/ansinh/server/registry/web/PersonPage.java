package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.registry.DuplicateRecordException;
import org.ansinh.server.registry.HouseholdRecord;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.RegistryField;
import org.ansinh.server.registry.RegistryField.Level;
import org.ansinh.server.registry.RegistryFields;
import org.ansinh.server.registry.StaleVersionException;
import org.springframework.context.MessageSource;
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
 * household. Every field is checked by {@link RecordRules} first so that all errors show at once,
 * each next to its field; the change itself is {@link PersonRegistry}'s (scope, optimistic locking,
 * duplicates, history).
 */
@Controller
class PersonPage {

  private static final int UNPROCESSABLE = 422;

  private final PersonRegistry persons;
  private final HouseholdRegistry households;
  private final RecordRules rules;
  private final RegistryFields fields;
  private final PersonFieldGroups groups;
  private final CurrentActor current;
  private final MessageSource messages;

  PersonPage(
      PersonRegistry persons,
      HouseholdRegistry households,
      RecordRules rules,
      RegistryFields fields,
      PersonFieldGroups groups,
      CurrentActor current,
      MessageSource messages) {
    this.persons = persons;
    this.households = households;
    this.rules = rules;
    this.fields = fields;
    this.groups = groups;
    this.current = current;
    this.messages = messages;
  }

  @GetMapping("/registry/persons/{id}/edit")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String edit(@PathVariable long id, Model model) {
    Actor actor = current.get();
    PersonRecord p = persons.person(actor, id);
    return form(model, actor, p, p.householdId(), PersonForm.of(p, person()));
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
    Map<String, String> raw = submitted(params);
    PersonForm form = PersonForm.submitted(raw, version, evidence, reason);
    RecordRules.Checked checked = rules.check(Level.PERSON, raw, false);
    if (checked.ok()) {
      try {
        persons.update(actor, id, version, raw, confirm, new RegistryChange(evidence, reason));
        return "redirect:/registry/persons/" + id + "/history?saved";
      } catch (StaleVersionException e) {
        PersonRecord now = persons.person(actor, id);
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return form(
            model, actor, now, now.householdId(), form.staleAgainst(PersonForm.of(now, person())));
      } catch (DuplicateRecordException e) {
        duplicate(form, e);
      } catch (InvalidFieldException e) {
        refused(form, e);
      }
    } else {
      form.errors(checked.errors());
    }
    response.setStatus(UNPROCESSABLE);
    return form(model, actor, p, p.householdId(), form);
  }

  @GetMapping("/registry/households/{household}/persons/new")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String blank(@PathVariable long household, Model model) {
    Actor actor = current.get();
    editable(actor, household);
    return form(model, actor, null, household, PersonForm.blank());
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
    Map<String, String> raw = submitted(params);
    // A new record holds what was filled in; a blank field is "not recorded" (the column default).
    raw.values().removeIf(String::isBlank);
    PersonForm form = PersonForm.submitted(raw, 0, evidence, reason);
    RecordRules.Checked checked = rules.check(Level.PERSON, raw, true);
    if (checked.ok()) {
      try {
        PersonRecord p =
            persons.create(actor, household, raw, confirm, new RegistryChange(evidence, reason));
        return "redirect:/registry/households/" + household + "?added=" + p.id();
      } catch (DuplicateRecordException e) {
        duplicate(form, e);
      } catch (InvalidFieldException e) {
        refused(form, e);
      }
    } else {
      form.errors(checked.errors());
    }
    response.setStatus(UNPROCESSABLE);
    return form(model, actor, null, household, form);
  }

  private String form(Model model, Actor actor, PersonRecord p, long householdId, PersonForm form) {
    HouseholdRecord h = households.household(actor, householdId);
    model.addAttribute("person", p);
    model.addAttribute("household", h);
    model.addAttribute("form", form);
    model.addAttribute("groups", groups.groups());
    model.addAttribute("editable", actor.mayEdit(h.wardCode()));
    model.addAttribute("mayHistory", actor.mayAudit() || actor.mayEdit(h.wardCode()));
    return "registry/person";
  }

  private void editable(Actor actor, long household) {
    HouseholdRecord h = households.household(actor, household);
    if (!actor.mayEdit(h.wardCode())) {
      throw new AccessDeniedException("may not add persons in ward " + h.wardCode());
    }
  }

  /** The person fields the form posted, by name; anything else in the post is not a field. */
  private Map<String, String> submitted(Map<String, String> params) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (RegistryField f : person()) {
      String v = params.get(f.name());
      if (v != null) {
        raw.put(f.name(), v);
      }
    }
    return raw;
  }

  private List<RegistryField> person() {
    return fields.of(Level.PERSON);
  }

  private void duplicate(PersonForm form, DuplicateRecordException e) {
    String field = e.field().replaceFirst("^fields\\.", "");
    if (e.certain()) {
      form.error(field, message("registry.person.duplicate.certain"));
    } else {
      form.error(field, message("registry.person.duplicate.probable"));
      form.probableDuplicate();
    }
  }

  /** A refusal of the service that names a field: the evidence, or a field the rules passed. */
  private void refused(PersonForm form, InvalidFieldException e) {
    String field = e.field().replaceFirst("^fields\\.", "");
    if (field.equals("evidence")) {
      form.error("evidence", message("registry.person.evidence.required"));
    } else {
      // The service words its refusals "tiếng Việt / English".
      String[] both = e.getMessage().split(" / ", 2);
      form.error(field, new PersonForm.Message(both[0], both.length > 1 ? both[1] : both[0]));
    }
  }

  /** A message of the registry's bundle in both languages. */
  private PersonForm.Message message(String key) {
    return new PersonForm.Message(
        messages.getMessage(key, null, Locale.forLanguageTag("vi")),
        messages.getMessage(key, null, Locale.ENGLISH));
  }
}
