package org.ansinh.server.registry.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.HistoryEntry;
import org.ansinh.server.registry.HouseholdRegistry;
import org.ansinh.server.registry.PersonRecord;
import org.ansinh.server.registry.PersonRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's change history: what changed, from what to what, when (Vietnam's time), by whom and on
 * what evidence, newest first. Who may read it is {@link PersonRegistry#history}'s rule
 * (inspectors, administrators, the record's own ward officers).
 */
@Controller
class HistoryPage {

  /** One line of the page: the entry and when it happened, in the clock's zone. */
  record Line(HistoryEntry entry, LocalDateTime at) {}

  private final PersonRegistry persons;
  private final HouseholdRegistry households;
  private final CurrentActor current;
  private final Clock clock;

  HistoryPage(
      PersonRegistry persons, HouseholdRegistry households, CurrentActor current, Clock clock) {
    this.persons = persons;
    this.households = households;
    this.current = current;
    this.clock = clock;
  }

  @GetMapping("/registry/persons/{id}/history")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','INSPECTOR','ADMIN')")
  String person(@PathVariable long id, Model model) {
    Actor actor = current.get();
    List<HistoryEntry> entries = persons.history(actor, id);
    PersonRecord p = persons.person(actor, id);
    model.addAttribute("person", p);
    model.addAttribute("household", households.household(actor, p.householdId()));
    model.addAttribute("entries", lines(entries, clock));
    return "registry/history";
  }

  /** The entries newest first, their time in the clock's zone. */
  static List<Line> lines(List<HistoryEntry> entries, Clock clock) {
    List<HistoryEntry> newestFirst = new ArrayList<>(entries);
    Collections.reverse(newestFirst);
    return newestFirst.stream()
        .map(e -> new Line(e, e.changedAt().atZoneSameInstant(clock.getZone()).toLocalDateTime()))
        .toList();
  }
}
