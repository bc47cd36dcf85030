package org.ansinh.server.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
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

/** {@code /api/v1/persons}: persons of the registry, within the signed-in actor's scope. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Registry")
class PersonController {

  private final PersonRegistry persons;
  private final RegistrySearch search;
  private final Duplicates duplicates;
  private final CurrentActor actor;

  PersonController(
      PersonRegistry persons, RegistrySearch search, Duplicates duplicates, CurrentActor actor) {
    this.persons = persons;
    this.search = search;
    this.duplicates = duplicates;
    this.actor = actor;
  }

  @Operation(
      summary = "Search persons, paged (page from 1)",
      description =
          "name: part of the full name, diacritics optional (\"nguyen van an\" finds \"Nguyễn Văn"
              + " An\"); nationalId: all 12 digits; ward; householdCode: its start; household: id.")
  @GetMapping
  ResultPage<PersonSummary> search(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String nationalId,
      @RequestParam(required = false) Integer ward,
      @RequestParam(required = false) String householdCode,
      @RequestParam(required = false) Long household,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "20") int size) {
    return search.persons(
        actor.get(), new PersonQuery(name, nationalId, ward, householdCode, household, page, size));
  }

  @Operation(summary = "A person; the ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<PersonRecord> one(@PathVariable long id) {
    PersonRecord p = persons.person(actor.get(), id);
    return ResponseEntity.ok().eTag(RecordRequest.etag(p.version())).body(p);
  }

  @Operation(
      summary = "Change a person's fields",
      description =
          "Only the fields given change (null clears one). Name the version read in If-Match or"
              + " version; a stale one is a 409. evidence is required.")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<PersonRecord> update(
      @PathVariable long id,
      @RequestBody RecordRequest body,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    PersonRecord p =
        persons.update(
            actor.get(),
            id,
            body.versionFrom(ifMatch),
            body.fieldsOrEmpty(),
            body.confirmed(),
            body.change());
    return ResponseEntity.ok().eTag(RecordRequest.etag(p.version())).body(p);
  }

  /** The body of a move: the target household, a new role if any, and the change's grounds. */
  record MoveRequest(
      Long householdId,
      String role,
      Integer version,
      String evidence,
      String reason,
      Boolean confirmProbableDuplicate) {}

  @Operation(
      summary = "Move a person to another household",
      description =
          "household_id: the target, which the actor must be able to edit (as the person's own"
              + " ward); role: the role there (default: unchanged). Name the version read in"
              + " If-Match or version. evidence is required. Both households' history records it.")
  @PostMapping("/{id}/move")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<PersonRecord> move(
      @PathVariable long id,
      @RequestBody MoveRequest body,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    if (body.householdId() == null) {
      throw new InvalidFieldException(
          "household_id", "Cần hộ chuyển đến / The target household is required");
    }
    RecordRequest asRecord =
        new RecordRequest(
            null, body.version(), body.evidence(), body.reason(), body.confirmProbableDuplicate());
    PersonRecord p =
        persons.move(
            actor.get(),
            id,
            asRecord.versionFrom(ifMatch),
            body.householdId(),
            body.role(),
            asRecord.confirmed(),
            asRecord.change());
    return ResponseEntity.ok().eTag(RecordRequest.etag(p.version())).body(p);
  }

  /** The body of a "not a duplicate" decision. */
  record DistinctRequest(Long firstId, Long secondId, String evidence, String reason) {}

  @Operation(
      summary = "Decide that a probable duplicate pair is two different people",
      description =
          "The pair is no longer listed; both persons' history records the decision. evidence is"
              + " required. There is no merge.")
  @PostMapping("/duplicates/distinct")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<Void> distinct(@RequestBody DistinctRequest body) {
    if (body.firstId() == null || body.secondId() == null) {
      throw new InvalidFieldException(
          body.firstId() == null ? "first_id" : "second_id",
          "Cần mã của hai người / Both persons' ids are required");
    }
    duplicates.distinct(
        actor.get(),
        body.firstId(),
        body.secondId(),
        new RegistryChange(body.evidence(), body.reason()));
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The person's change history (inspectors, administrators, their officers)")
  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable long id) {
    return persons.history(actor.get(), id);
  }

  @Operation(
      summary = "Probable duplicate pairs in scope",
      description =
          "Two persons of one household with the same name (without diacritics) and birth date,"
              + " paged (page from 1).")
  @GetMapping("/duplicates")
  ResultPage<Duplicates.Pair> duplicates(
      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
    return duplicates.probable(actor.get(), page, size);
  }
}
