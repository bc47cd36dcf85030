package org.ansinh.server.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ansinh.server.platform.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/households}: the registry's households, within the signed-in actor's scope. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Registry", description = "Households, persons, enrolments and their history")
class HouseholdController {

  private final HouseholdRegistry households;
  private final PersonRegistry persons;
  private final RegistrySearch search;
  private final CurrentActor actor;

  HouseholdController(
      HouseholdRegistry households,
      PersonRegistry persons,
      RegistrySearch search,
      CurrentActor actor) {
    this.households = households;
    this.persons = persons;
    this.search = search;
    this.actor = actor;
  }

  @Operation(summary = "Households by the start of their code and by ward, paged (page from 1)")
  @GetMapping
  ResultPage<HouseholdSummary> list(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) Integer ward,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    return search.households(actor.get(), code, ward, page, size);
  }

  @Operation(
      summary = "Create a household",
      description =
          "fields: household_code (new), ward_code, address and the law's household inputs."
              + " A ward officer creates in their own ward.")
  @PostMapping
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<HouseholdRecord> create(@RequestBody RecordRequest body) {
    HouseholdRecord h = households.create(actor.get(), body.fieldsOrEmpty(), body.change());
    return ResponseEntity.created(URI.create("/api/v1/households/" + h.id()))
        .eTag(RecordRequest.etag(h.version()))
        .body(h);
  }

  @Operation(summary = "A household with its members; the ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<HouseholdRecord> one(@PathVariable long id) {
    HouseholdRecord h = households.household(actor.get(), id);
    return ResponseEntity.ok().eTag(RecordRequest.etag(h.version())).body(h);
  }

  @Operation(
      summary = "Change a household's fields",
      description =
          "Only the fields given change (null clears one). Name the version read in If-Match or"
              + " version; a stale one is a 409. evidence is required.")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<HouseholdRecord> update(
      @PathVariable long id,
      @RequestBody RecordRequest body,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    HouseholdRecord h =
        households.update(
            actor.get(), id, body.versionFrom(ifMatch), body.fieldsOrEmpty(), body.change());
    return ResponseEntity.ok().eTag(RecordRequest.etag(h.version())).body(h);
  }

  @Operation(
      summary = "Add a person to the household",
      description =
          "A national ID already in the registry is refused (409 duplicate: update that person"
              + " instead). The same name (without diacritics) and birth date in this household is"
              + " a probable duplicate (409) unless confirm_probable_duplicate is true.")
  @PostMapping("/{id}/persons")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<PersonRecord> addPerson(@PathVariable long id, @RequestBody RecordRequest body) {
    PersonRecord p =
        persons.create(actor.get(), id, body.fieldsOrEmpty(), body.confirmed(), body.change());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/persons/" + p.id()))
        .eTag(RecordRequest.etag(p.version()))
        .body(p);
  }

  @Operation(summary = "The household's change history (inspectors, administrators, its officers)")
  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable long id) {
    return households.history(actor.get(), id);
  }
}
