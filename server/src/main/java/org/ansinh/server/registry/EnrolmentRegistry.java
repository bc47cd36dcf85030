package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's enrolments: added, corrected and ended (an end is a {@code valid_until}; nothing is
 * deleted) within the person's scope, on evidence, each field changed written to the change history
 * (entity {@code enrolment}) and guarded by the enrolment's version.
 *
 * <p>Beyond what each field accepts ({@link RecordRules}): a health-insurance group only on a
 * health-insurance card; a monthly amount only on an allowance; {@code valid_until} after {@code
 * valid_from}; and no two validities of one scheme overlapping for one person (the refusal names
 * the one it overlaps).
 */
@Service
public class EnrolmentRegistry {

  /** The schemes paid as a monthly amount (the others are insurance cover). */
  static final Set<String> ALLOWANCES = Set.of("SOCIAL_ALLOWANCE", "SOCIAL_PENSION");

  private static final String COLUMNS =
      "id, scheme, hi_group, card_number, monthly_amount, valid_from, valid_until, version";

  private final PersonRegistry persons;
  private final RecordRules rules;
  private final ChangeHistory history;
  private final JdbcClient jdbc;

  EnrolmentRegistry(
      PersonRegistry persons, RecordRules rules, ChangeHistory history, JdbcClient jdbc) {
    this.persons = persons;
    this.rules = rules;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** One enrolment of a person the actor may read. */
  @Transactional(readOnly = true)
  public Enrolment enrolment(Actor actor, long personId, long id) {
    persons.readable(actor, personId);
    return find(personId, id, false);
  }

  /** Adds an enrolment to a person the actor may edit; evidence is required. */
  @Transactional
  public Enrolment create(
      Actor actor, long personId, Map<String, ?> fields, RegistryChange change) {
    HouseholdRegistry.requireEvidence(change);
    Map<String, Object> values =
        HouseholdRegistry.valid(rules.check(Level.ENROLMENT, fields, true));
    editable(actor, personId);
    Map<String, Object> all = new LinkedHashMap<>(values);
    checkTogether(personId, -1, all);
    long id =
        jdbc.sql(
                "insert into enrolment (person_id, scheme, hi_group, card_number, monthly_amount,"
                    + " valid_from, valid_until) values (?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                personId,
                all.get("scheme"),
                all.get("hi_group"),
                all.get("card_number"),
                all.get("monthly_amount"),
                all.get("valid_from"),
                all.get("valid_until"))
            .query(Long.class)
            .single();
    Map<String, Object> given = new LinkedHashMap<>(all);
    given.values().removeIf(java.util.Objects::isNull);
    history.changed("enrolment", id, given, Map.of(), actor.username(), change);
    return find(personId, id, false);
  }

  /**
   * Changes the fields given (null clears one; a {@code valid_until} ends the enrolment) if it is
   * still at {@code version}; one history row per field whose value changes.
   */
  @Transactional
  public Enrolment update(
      Actor actor,
      long personId,
      long id,
      int version,
      Map<String, ?> fields,
      RegistryChange change) {
    HouseholdRegistry.requireEvidence(change);
    Map<String, Object> values =
        HouseholdRegistry.valid(rules.check(Level.ENROLMENT, fields, false));
    editable(actor, personId);
    Enrolment current = find(personId, id, true);
    if (current.version() != version) {
      throw new StaleVersionException("enrolment", id, version, current.version());
    }
    Map<String, Object> all = current.fields();
    all.putAll(values);
    checkTogether(personId, id, all);
    Map<String, Object> changed = HouseholdRegistry.changed(current.fields(), values);
    if (!changed.isEmpty()) {
      jdbc.sql(
              "update enrolment set scheme = ?, hi_group = ?, card_number = ?, monthly_amount = ?,"
                  + " valid_from = ?, valid_until = ?, version = version + 1 where id = ?")
          .params(
              all.get("scheme"),
              all.get("hi_group"),
              all.get("card_number"),
              all.get("monthly_amount"),
              all.get("valid_from"),
              all.get("valid_until"),
              id)
          .update();
      history.changed("enrolment", id, changed, current.fields(), actor.username(), change);
    }
    return find(personId, id, false);
  }

  private void editable(Actor actor, long personId) {
    PersonRecord p = persons.readable(actor, personId);
    if (!actor.mayEdit(p.wardCode())) {
      throw new AccessDeniedException("may not change enrolments in ward " + p.wardCode());
    }
  }

  private Enrolment find(long personId, long id, boolean lock) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from enrolment where id = ? and person_id = ?"
                + (lock ? " for update" : ""))
        .params(id, personId)
        .query(Enrolment.class)
        .optional()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "id", "Không có đăng ký chế độ " + id + " / No enrolment " + id));
  }

  /** The rules between an enrolment's fields and against the person's other enrolments. */
  private void checkTogether(long personId, long self, Map<String, Object> e) {
    String scheme = (String) e.get("scheme");
    if (e.get("hi_group") != null && !"HEALTH_INSURANCE".equals(scheme)) {
      throw new InvalidFieldException(
          "fields.hi_group",
          "Nhóm đối tượng chỉ ghi cho thẻ BHYT / A health-insurance group belongs to a"
              + " health-insurance card only");
    }
    if (e.get("monthly_amount") != null && !ALLOWANCES.contains(scheme)) {
      throw new InvalidFieldException(
          "fields.monthly_amount",
          "Số tiền hằng tháng chỉ ghi cho trợ cấp / A monthly amount belongs to an allowance only",
          String.join(", ", ALLOWANCES.stream().sorted().toList()));
    }
    LocalDate from = (LocalDate) e.get("valid_from");
    LocalDate until = (LocalDate) e.get("valid_until");
    if (until != null && !until.isAfter(from)) {
      throw new InvalidFieldException(
          "fields.valid_until",
          "Ngày hết hiệu lực "
              + until
              + " phải sau ngày bắt đầu "
              + from
              + " / valid_until "
              + until
              + " must be after valid_from "
              + from);
    }
    List<Enrolment> overlapping =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from enrolment where person_id = ? and scheme = ? and id <> ?"
                    + " and valid_from < coalesce(?::date, 'infinity')"
                    + " and coalesce(valid_until, 'infinity') > ? order by valid_from limit 1")
            .params(personId, scheme, self, until, from)
            .query(Enrolment.class)
            .list();
    if (!overlapping.isEmpty()) {
      Enrolment o = overlapping.get(0);
      String span = o.validFrom() + " – " + (o.validUntil() == null ? "…" : o.validUntil());
      throw new InvalidFieldException(
          "fields.valid_from",
          "Trùng thời gian với đăng ký "
              + o.id()
              + " cùng chế độ ("
              + span
              + ") / Overlaps enrolment "
              + o.id()
              + " of the same scheme ("
              + span
              + ")");
    }
  }
}
