package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons: create in a household, read, change, their enrolments and change history, with the same
 * scope rules as {@link HouseholdRegistry} (out of scope is not found; readable but not editable is
 * forbidden). Analysts see national IDs masked.
 *
 * <p>Matching on create: a national ID already in the registry is refused as a duplicate (the
 * existing person is the one to update); the same folded name and birth date in the same household
 * is a probable duplicate, refused unless the caller confirms it is a different person.
 */
@Service
public class PersonRegistry {

  private final HouseholdRegistry households;
  private final PersonRepository persons;
  private final RecordRules rules;
  private final ChangeHistory history;
  private final JdbcClient jdbc;

  PersonRegistry(
      HouseholdRegistry households,
      PersonRepository persons,
      RecordRules rules,
      ChangeHistory history,
      JdbcClient jdbc) {
    this.households = households;
    this.persons = persons;
    this.rules = rules;
    this.history = history;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public PersonRecord person(Actor actor, long id) {
    PersonRecord p = readable(actor, id);
    return p.withNationalId(actor.showNationalId(p.nationalId()));
  }

  /**
   * Adds a person to a household the actor may edit.
   *
   * @param confirmed the caller confirms a probable duplicate is a different person
   */
  @Transactional
  public PersonRecord create(
      Actor actor,
      long householdId,
      Map<String, ?> fields,
      boolean confirmed,
      RegistryChange change) {
    Map<String, Object> values = HouseholdRegistry.valid(rules.check(Level.PERSON, fields, true));
    HouseholdRecord h = households.readable(actor, householdId);
    if (!actor.mayEdit(h.wardCode())) {
      throw new AccessDeniedException("may not add persons in ward " + h.wardCode());
    }
    matchNationalId(actor, (String) values.get("national_id"), -1);
    if (!confirmed) {
      matchNameAndBirth(
          householdId, (String) values.get("full_name"), (LocalDate) values.get("birth_date"), -1);
    }
    long id = persons.insert(householdId, values);
    history.created("person", id, actor.username(), change);
    return person(actor, id);
  }

  /** Changes the fields given if the person is still at {@code version}; one history row each. */
  @Transactional
  public PersonRecord update(
      Actor actor,
      long id,
      int version,
      Map<String, ?> fields,
      boolean confirmed,
      RegistryChange change) {
    HouseholdRegistry.requireEvidence(change);
    Map<String, Object> values = HouseholdRegistry.valid(rules.check(Level.PERSON, fields, false));
    PersonRecord current = readable(actor, id);
    if (!actor.mayEdit(current.wardCode())) {
      throw new AccessDeniedException("may not change persons of ward " + current.wardCode());
    }
    current = persons.lock(id).orElseThrow();
    if (current.version() != version) {
      throw new StaleVersionException("person", id, version, current.version());
    }
    Map<String, Object> changed = HouseholdRegistry.changed(current.fields(), values);
    if (changed.containsKey("national_id")) {
      matchNationalId(actor, (String) changed.get("national_id"), id);
    }
    if (!confirmed && (changed.containsKey("full_name") || changed.containsKey("birth_date"))) {
      matchNameAndBirth(
          current.householdId(),
          (String) values.getOrDefault("full_name", current.fullName()),
          (LocalDate) values.getOrDefault("birth_date", current.fields().get("birth_date")),
          id);
    }
    if (!changed.isEmpty()) {
      persons.update(id, version, changed);
      history.changed("person", id, changed, current.fields(), actor.username(), change);
    }
    return person(actor, id);
  }

  /**
   * Moves a person to another household, if the actor may edit both wards; the person keeps their
   * role unless {@code role} names a new one. History: the person's {@code household_code} (and
   * role), and a {@code member} row on each household (the person's id leaving one, joining the
   * other).
   *
   * @param confirmed the caller confirms that a person of the same name and birth date in the
   *     target household is another person
   */
  @Transactional
  public PersonRecord move(
      Actor actor,
      long id,
      int version,
      long targetHousehold,
      String role,
      boolean confirmed,
      RegistryChange change) {
    HouseholdRegistry.requireEvidence(change);
    String newRole = null;
    if (role != null && !role.isBlank()) {
      newRole =
          (String)
              HouseholdRegistry.valid(rules.check(Level.PERSON, Map.of("role", role), false))
                  .get("role");
    }
    PersonRecord current = readable(actor, id);
    if (!actor.mayEdit(current.wardCode())) {
      throw new AccessDeniedException("may not move persons of ward " + current.wardCode());
    }
    HouseholdRecord target;
    try {
      target = households.readable(actor, targetHousehold);
    } catch (NotFoundException e) {
      throw new NotFoundException(
          "household_id", "Không có hộ " + targetHousehold + " / No household " + targetHousehold);
    }
    if (!actor.mayEdit(target.wardCode())) {
      throw new AccessDeniedException("may not move persons into ward " + target.wardCode());
    }
    if (target.id() == current.householdId()) {
      throw new InvalidFieldException(
          "household_id",
          "Người này đã ở hộ "
              + target.code()
              + " / This person is already in household "
              + target.code());
    }
    current = persons.lock(id).orElseThrow();
    if (current.version() != version) {
      throw new StaleVersionException("person", id, version, current.version());
    }
    if (!confirmed) {
      matchNameAndBirth(
          target.id(), current.fullName(), (LocalDate) current.fields().get("birth_date"), id);
    }
    String keptRole = (String) current.fields().get("role");
    String roleAfter = newRole == null ? keptRole : newRole;
    persons.move(id, version, target.id(), roleAfter);
    String by = actor.username();
    history.write(
        "person", id, "household_code", current.householdCode(), target.code(), by, change);
    if (!roleAfter.equals(keptRole)) {
      history.write("person", id, "role", keptRole, roleAfter, by, change);
    }
    history.write("household", current.householdId(), "member", id, null, by, change);
    history.write("household", target.id(), "member", null, id, by, change);
    return person(actor, id);
  }

  /** A person's enrolments, newest first. */
  @Transactional(readOnly = true)
  public List<Enrolment> enrolments(Actor actor, long id) {
    readable(actor, id);
    return jdbc.sql(
            "select id, scheme, hi_group, card_number, monthly_amount, valid_from, valid_until,"
                + " version from enrolment where person_id = ? order by valid_from desc, id")
        .param(id)
        .query(Enrolment.class)
        .list();
  }

  /**
   * A person's change history with their enrolments': for inspectors, administrators and their
   * ward's officers.
   */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(Actor actor, long id) {
    PersonRecord p = readable(actor, id);
    if (!actor.mayAudit() && !actor.mayEdit(p.wardCode())) {
      throw new AccessDeniedException("may not read the change history");
    }
    return history.ofPerson(id);
  }

  PersonRecord readable(Actor actor, long id) {
    return persons
        .find(id)
        .filter(p -> actor.mayRead(p.wardCode(), p.householdId()))
        .orElseThrow(
            () -> new NotFoundException("id", "Không có nhân khẩu " + id + " / No person " + id));
  }

  private void matchNationalId(Actor actor, String nationalId, long self) {
    if (nationalId == null) {
      return;
    }
    persons
        .findByNationalId(nationalId)
        .filter(p -> p.id() != self)
        .ifPresent(
            p -> {
              throw new DuplicateRecordException(
                  true,
                  "fields.national_id",
                  actor.mayRead(p.wardCode(), p.householdId()) ? List.of(p.id()) : List.of(),
                  "Số định danh này đã có trong sổ / This national ID is already in the registry");
            });
  }

  private void matchNameAndBirth(long household, String name, LocalDate birth, long self) {
    if (name == null || birth == null) {
      return;
    }
    List<Long> same = persons.sameNameAndBirth(household, name, birth, self);
    if (!same.isEmpty()) {
      throw new DuplicateRecordException(
          false,
          "fields.full_name",
          same,
          "Hộ đã có người cùng họ tên và ngày sinh; xác nhận nếu là người khác / The household"
              + " already has a person of this name and birth date; confirm if this is another"
              + " person");
    }
  }
}
