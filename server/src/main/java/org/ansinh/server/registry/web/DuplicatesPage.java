package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.Duplicates;
import org.ansinh.server.registry.RecordRules;
import org.ansinh.server.registry.RegistryChange;
import org.ansinh.server.registry.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /registry/duplicates}: the probable duplicate pairs in the reader's scope (a ward
 * officer's ward; the whole city for the city-wide roles), paged, each pair side by side with links
 * to both records. The ward's officers may record that a pair is two people ({@link
 * Duplicates#distinct}); there is no merge (see {@link Duplicates}).
 */
@Controller
class DuplicatesPage {

  private final Duplicates duplicates;
  private final FormSubmission submission;
  private final CurrentActor current;

  DuplicatesPage(Duplicates duplicates, FormSubmission submission, CurrentActor current) {
    this.duplicates = duplicates;
    this.submission = submission;
    this.current = current;
  }

  @GetMapping("/registry/duplicates")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    return show(current.get(), Math.max(1, page), null, null, model);
  }

  @PostMapping("/registry/duplicates/distinct")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  String distinct(
      @RequestParam long first,
      @RequestParam long second,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) String evidence,
      @RequestParam(required = false) String reason,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    FormSubmission.Outcome<Boolean> outcome =
        submission.submit(
            RecordForm.submitted(Map.of(), 0, evidence, reason),
            new RecordRules.Checked(Map.of(), List.of()),
            () -> {
              duplicates.distinct(actor, first, second, new RegistryChange(evidence, reason));
              return Boolean.TRUE;
            },
            RecordForm::blank);
    if (outcome.ok()) {
      return "redirect:/registry/duplicates?decided&page=" + page;
    }
    response.setStatus(outcome.status());
    return show(actor, page, first + "-" + second, outcome.form(), model);
  }

  private String show(Actor actor, int page, String failed, RecordForm form, Model model) {
    ResultPage<Duplicates.Pair> pairs = duplicates.probable(actor, page, SearchPage.PAGE_SIZE);
    model.addAttribute("pairs", pairs);
    model.addAttribute("pages", (pairs.total() + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE);
    model.addAttribute("failed", failed);
    model.addAttribute("failedForm", form);
    model.addAttribute("blank", RecordForm.blank());
    // Officers see their own ward's pairs only, so editing their ward is deciding on every pair.
    model.addAttribute(
        "mayDecide", actor.mayEdit(actor.wardCode() == null ? -1 : actor.wardCode()));
    return "registry/duplicates";
  }
}
