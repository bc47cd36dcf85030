package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.ansinh.server.registry.HouseholdSummary;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.RegistrySearch;
import org.ansinh.server.registry.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Moving a person to another household from the person page: the officer types the start of the
 * target's code and picks it among the households in their scope (htmx lists them), or types the
 * whole code. The move itself is {@link PersonRegistry#move}'s: edit rights in both wards,
 * evidence, a history row on the person and on both households.
 */
@Controller
class MoveForm {

  /** Households a pick list shows at most. */
  static final int CHOICES = 10; // not law: a short list to pick from

  private final PersonRegistry persons;
  private final RegistrySearch search;
  private final FormSubmission submission;
  private final PersonView view;
  private final CurrentActor current;

  MoveForm(
      PersonRegistry persons,
      RegistrySearch search,
      FormSubmission submission,
      PersonView view,
      CurrentActor current) {
    this.persons = persons;
    this.search = search;
    this.submission = submission;
    this.view = view;
    this.current = current;
  }

  /** The households in the actor's scope whose code starts so: the move form's pick list. */
  @GetMapping("/registry/households/choices")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String choices(@RequestParam(name = "target_code", defaultValue = "") String code, Model model) {
    String start = code.strip();
    model.addAttribute(
        "choices",
        start.isEmpty()
            ? List.of()
            : search.households(current.get(), start, null, 1, CHOICES).items());
    return "registry/person :: choices";
  }

  @PostMapping("/registry/persons/{id}/move")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String move(
      @PathVariable long id,
      @RequestParam(required = false) Long target,
      @RequestParam(name = "target_code", defaultValue = "") String targetCode,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean confirm,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    Map<String, String> entered = new LinkedHashMap<>();
    entered.put("target_code", targetCode);
    entered.put("role", role);
    RecordForm form = RecordForm.submitted(entered, version, evidence, reason);
    Optional<Long> household =
        target != null ? Optional.of(target) : inScope(actor, targetCode.strip());
    // The move has no field of a record to check first: the service checks the role.
    RecordRules.Checked checked = new RecordRules.Checked(Map.of(), List.of());
    if (household.isEmpty()) {
      form.error(
          "target_code",
          targetCode.isBlank()
              ? submission.message("registry.move.target.required")
              : submission.message("registry.move.target.unknown"));
    }
    FormSubmission.Outcome<PersonRecord> outcome =
        household.isEmpty()
            ? new FormSubmission.Outcome<>(null, form, FormSubmission.UNPROCESSABLE)
            : submission.submit(
                form,
                checked,
                () -> {
                  try {
                    return persons.move(
                        actor,
                        id,
                        version,
                        household.get(),
                        role,
                        confirm,
                        new RegistryChange(evidence, reason));
                  } catch (NotFoundException e) {
                    throw onTarget(e, e.field());
                  } catch (InvalidFieldException e) {
                    throw onTarget(e, e.field());
                  }
                },
                () -> RecordForm.of(Map.of(), persons.person(actor, id).version(), List.of()));
    if (outcome.ok()) {
      return "redirect:/registry/persons/" + id + "/history?saved";
    }
    response.setStatus(outcome.status());
    return view.showFailed(
        model, actor, persons.person(actor, id), PersonView.MOVE, outcome.form());
  }

  /**
   * A refusal about the target household ({@code household_id}, out of scope or the person's own)
   * placed next to the code the officer typed; any other as it is.
   */
  private static RuntimeException onTarget(RuntimeException e, String field) {
    return "household_id".equals(field)
        ? new InvalidFieldException("target_code", e.getMessage())
        : e;
  }

  /** The household of exactly this code, if the actor may see it. */
  private Optional<Long> inScope(Actor actor, String code) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    ResultPage<HouseholdSummary> found = search.households(actor, code, null, 1, CHOICES);
    return found.items().stream()
        .filter(h -> h.code().equals(code))
        .map(HouseholdSummary::id)
        .findFirst();
  }
}
