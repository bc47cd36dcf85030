package org.ansinh.server.registry.web;

import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.PersonQuery;
import org.ansinh.server.registry.PersonSummary;
import org.ansinh.server.registry.RegistrySearch;
import org.ansinh.server.registry.ResultPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /registry}: the search of persons (name without diacritics, national ID, ward, household
 * code), paged. A plain GET renders the page; htmx asks for the results only. A ward officer's ward
 * is fixed to theirs (the search is scoped by {@link RegistrySearch} in any case).
 */
@Controller
class SearchPage {

  static final int PAGE_SIZE = 20; // not law: rows a page, as the API's default

  private final RegistrySearch search;
  private final CurrentActor current;
  private final WardNames wards;

  SearchPage(RegistrySearch search, CurrentActor current, WardNames wards) {
    this.search = search;
    this.current = current;
    this.wards = wards;
  }

  @GetMapping("/registry")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
  String search(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String nationalId,
      @RequestParam(required = false) Integer ward,
      @RequestParam(required = false) String householdCode,
      @RequestParam(defaultValue = "1") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
      Model model) {
    Actor actor = current.get();
    Integer wardCode = actor.wardCode() != null ? actor.wardCode() : ward;
    PersonQuery q =
        new PersonQuery(
            name, nationalId, wardCode, householdCode, null, Math.max(1, page), PAGE_SIZE);
    ResultPage<PersonSummary> results = search.persons(actor, q);
    model.addAttribute("q", q);
    model.addAttribute("results", results);
    model.addAttribute("pages", (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("fixedWard", actor.wardCode());
    model.addAttribute(
        "mayImport", actor.mayEdit(actor.wardCode() == null ? -1 : actor.wardCode()));
    // htmx asks for the results only, except when it restores a page from history.
    if (htmx != null && restore == null) {
      return "registry/search :: results";
    }
    model.addAttribute("wards", wards.list());
    return "registry/search";
  }
}
