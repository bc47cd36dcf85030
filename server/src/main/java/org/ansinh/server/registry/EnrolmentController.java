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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/persons/{person}/enrolments}: a person's insurance, health-insurance cards and
 * allowances, within the signed-in actor's scope (as the person's).
 */
@RestController
@RequestMapping("/api/v1/persons/{person}/enrolments")
@Tag(name = "Registry")
class EnrolmentController {

  private final PersonRegistry persons;
  private final EnrolmentRegistry enrolments;
  private final CurrentActor actor;

  EnrolmentController(PersonRegistry persons, EnrolmentRegistry enrolments, CurrentActor actor) {
    this.persons = persons;
    this.enrolments = enrolments;
    this.actor = actor;
  }

  @Operation(summary = "The person's enrolments (insurance, health-insurance card, allowances)")
  @GetMapping
  List<Enrolment> list(@PathVariable long person) {
    return persons.enrolments(actor.get(), person);
  }

  @Operation(summary = "One enrolment; the ETag is its version")
  @GetMapping("/{id}")
  ResponseEntity<Enrolment> one(@PathVariable long person, @PathVariable long id) {
    Enrolment e = enrolments.enrolment(actor.get(), person, id);
    return ResponseEntity.ok().eTag(RecordRequest.etag(e.version())).body(e);
  }

  @Operation(
      summary = "Add an enrolment",
      description =
          "fields: scheme (COMPULSORY_SI, VOLUNTARY_SI, HEALTH_INSURANCE, UNEMPLOYMENT_INSURANCE,"
              + " SOCIAL_ALLOWANCE, SOCIAL_PENSION), valid_from, valid_until (exclusive; none:"
              + " still valid), hi_group (health insurance only), card_number, monthly_amount"
              + " (allowances only). Two validities of one scheme may not overlap. evidence is"
              + " required.")
  @PostMapping
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<Enrolment> create(@PathVariable long person, @RequestBody RecordRequest body) {
    Enrolment e = enrolments.create(actor.get(), person, body.fieldsOrEmpty(), body.change());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/persons/" + person + "/enrolments/" + e.id()))
        .eTag(RecordRequest.etag(e.version()))
        .body(e);
  }

  @Operation(
      summary = "Change or end an enrolment",
      description =
          "Only the fields given change (null clears one); valid_until ends it. Name the version"
              + " read in If-Match or version; a stale one is a 409. evidence is required.")
  @PatchMapping("/{id}")
  @PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
  ResponseEntity<Enrolment> update(
      @PathVariable long person,
      @PathVariable long id,
      @RequestBody RecordRequest body,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    Enrolment e =
        enrolments.update(
            actor.get(),
            person,
            id,
            body.versionFrom(ifMatch),
            body.fieldsOrEmpty(),
            body.change());
    return ResponseEntity.ok().eTag(RecordRequest.etag(e.version())).body(e);
  }
}
