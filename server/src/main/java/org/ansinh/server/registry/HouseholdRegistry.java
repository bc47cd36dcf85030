package org.ansinh.server.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.NotFoundException;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households as a unit: create, read with their members, change, each within what the actor may see
 * and edit, each change written to the change history with who and on what evidence.
 *
 * <p>Out of scope is "not found": a ward officer asking for another ward's household gets a 404, as
 * if it did not exist, so the API tells nobody which households exist elsewhere. A record the actor
 * may read but not change (an inspector, a leader) is refused with a 403.
 */
@Service
public class HouseholdRegistry {

  private final HouseholdRepository households;
  private final PersonRepository persons;
  private final RecordRules rules;
  private final ChangeHistory history;

  HouseholdRegistry(
      HouseholdRepository households,
      PersonRepository persons,
      RecordRules rules,
      ChangeHistory history) {
    this.households = households;
    this.persons = persons;
    this.rules = rules;
    this.history = history;
  }

  /** A household with its members, if the actor may read it. */
  @Transactional(readOnly = true)
  public HouseholdRecord household(Actor actor, long id) {
    HouseholdRecord h = readable(actor, id);
    List<PersonRecord> members =
        persons.members(id).stream()
            .map(p -> p.withNationalId(actor.showNationalId(p.nationalId())))
            .toList();
    return h.withMembers(members);
  }

  /** Creates a household in a ward the actor may edit; its code must be new. */
  @Transactional
  public HouseholdRecord create(Actor actor, Map<String, ?> fields, RegistryChange change) {
    Map<String, Object> values = valid(rules.check(Level.HOUSEHOLD, fields, true));
    int ward = (Integer) values.get("ward_code");
    if (!actor.mayEdit(ward)) {
      throw new AccessDeniedException("may not create households in ward " + ward);
    }
    String code = (String) values.get("household_code");
    households
        .findByCode(code)
        .ifPresent(
            existing -> {
              throw new DuplicateRecordException(
                  true,
                  "household_code",
                  actor.mayRead(existing.wardCode(), existing.id())
                      ? List.of(existing.id())
                      : List.of(),
                  "Mã hộ " + code + " đã có / Household code " + code + " already exists");
            });
    long id = households.insert(values);
    history.created("household", id, actor.username(), change);
    return household(actor, id);
  }

  /**
   * Changes the fields given (null clears one) if the household is still at {@code version}. Writes
   * one history row per field whose value changes.
   */
  @Transactional
  public HouseholdRecord update(
      Actor actor, long id, int version, Map<String, ?> fields, RegistryChange change) {
    requireEvidence(change);
    Map<String, Object> values = valid(rules.check(Level.HOUSEHOLD, fields, false));
    HouseholdRecord current = readable(actor, id);
    if (!actor.mayEdit(current.wardCode())) {
      throw new AccessDeniedException("may not change households of ward " + current.wardCode());
    }
    current = households.lock(id).orElseThrow();
    if (current.version() != version) {
      throw new StaleVersionException("household", id, version, current.version());
    }
    Object newWard = values.get("ward_code");
    if (newWard != null && !actor.mayEdit((Integer) newWard)) {
      // The household is the actor's to change; only this value is not theirs to choose, so the
      // refusal names the field (on the page it stands next to it) rather than forbidding the page.
      throw new InvalidFieldException(
          "fields.ward_code",
          "Anh/chị không quản lý phường/xã " + newWard + " / You do not serve ward " + newWard);
    }
    Object newCode = values.get("household_code");
    if (newCode != null && !newCode.equals(current.code())) {
      households
          .findByCode((String) newCode)
          .ifPresent(
              other -> {
                throw new DuplicateRecordException(
                    true,
                    "household_code",
                    List.of(),
                    "Mã hộ " + newCode + " đã có / Household code " + newCode + " already exists");
              });
    }
    Map<String, Object> changed = changed(current.fields(), values);
    if (!changed.isEmpty()) {
      households.update(id, version, changed);
      history.changed("household", id, changed, current.fields(), actor.username(), change);
    }
    return household(actor, id);
  }

  /** A household's change history: for inspectors, administrators and its ward's officers. */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(Actor actor, long id) {
    HouseholdRecord h = readable(actor, id);
    if (!actor.mayAudit() && !actor.mayEdit(h.wardCode())) {
      throw new AccessDeniedException("may not read the change history");
    }
    return history.of("household", id);
  }

  HouseholdRecord readable(Actor actor, long id) {
    return households
        .find(id)
        .filter(h -> actor.mayRead(h.wardCode(), h.id()))
        .orElseThrow(
            () -> new NotFoundException("id", "Không có hộ " + id + " / No household " + id));
  }

  /** The values that differ from the current ones, in field order. */
  static Map<String, Object> changed(Map<String, Object> current, Map<String, Object> values) {
    Map<String, Object> changed = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (!FieldValues.same(current.get(k), v)) {
            changed.put(k, v);
          }
        });
    return changed;
  }

  /** The checked values, or the first error as a 400 naming {@code fields.<name>}. */
  static Map<String, Object> valid(RecordRules.Checked checked) {
    if (!checked.ok()) {
      FieldError e = checked.errors().get(0);
      throw new InvalidFieldException("fields." + e.field(), e.message(), e.allowed());
    }
    return checked.values();
  }

  static void requireEvidence(RegistryChange change) {
    if (change == null || change.evidence() == null || change.evidence().isBlank()) {
      throw new InvalidFieldException(
          "evidence",
          "Sửa hồ sơ cần nêu căn cứ (giấy tờ, số hồ sơ) / A change needs its evidence (a document"
              + " or file number)");
    }
  }
}
