package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicates already in the registry: two persons of one household with the same folded
 * name and birth date (the index {@code person_household_birth} serves the self-join). The same
 * national ID twice cannot happen: the column is unique.
 *
 * <p>An officer who finds that a pair is two people records that decision ({@link #distinct}, table
 * {@code distinct_persons}, on evidence, in both persons' history); the pair is then no longer
 * listed. There is no merge: merging two records would have to choose between their values and move
 * enrolments and history, which cannot be done without losing data until the registry can keep a
 * merged record's trail; the officer corrects or moves the records instead.
 */
@Service
public class Duplicates {

  /**
   * Two persons who are probably one; {@code first} has the smaller id. National IDs as the actor
   * may see them (masked for analysts).
   */
  public record Pair(
      long firstId,
      long secondId,
      long householdId,
      String householdCode,
      int wardCode,
      String firstName,
      String secondName,
      LocalDate birthDate,
      String firstNationalId,
      String secondNationalId,
      String firstRole,
      String secondRole) {}

  private final PersonRegistry persons;
  private final ChangeHistory history;
  private final JdbcClient jdbc;

  Duplicates(PersonRegistry persons, ChangeHistory history, JdbcClient jdbc) {
    this.persons = persons;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** The pairs within the actor's scope not yet decided to be two people, by household code. */
  @Transactional(readOnly = true)
  public ResultPage<Pair> probable(Actor actor, int page, int size) {
    RegistrySearch.checkPage(page, size);
    RegistrySearch.Where where = RegistrySearch.scope(actor);
    where.conditions.add(
        "not exists (select 1 from distinct_persons d where d.first_id = a.id"
            + " and d.second_id = b.id)");
    String from =
        " from person a join person b on b.household_id = a.household_id"
            + " and b.birth_date = a.birth_date and b.name_folded = a.name_folded and b.id > a.id"
            + " join household h on h.id = a.household_id"
            + where.sql();
    long total = jdbc.sql("select count(*)" + from).params(where.params).query(Long.class).single();
    List<Object> params = new ArrayList<>(where.params);
    params.add(size);
    params.add((long) (page - 1) * size);
    List<Pair> pairs =
        jdbc.sql(
                "select a.id, b.id, h.id, h.code, h.ward_code, a.full_name, b.full_name,"
                    + " a.birth_date, a.national_id, b.national_id, a.role, b.role"
                    + from
                    + " order by h.code, a.id, b.id limit ? offset ?")
            .params(params)
            .query(
                (rs, n) ->
                    new Pair(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class),
                        actor.showNationalId(rs.getString(9)),
                        actor.showNationalId(rs.getString(10)),
                        rs.getString(11),
                        rs.getString(12)))
            .list();
    return new ResultPage<>(page, size, total, pairs);
  }

  /**
   * Records that two persons are different people, if the actor may edit both; evidence is
   * required. Written once (deciding again changes nothing) and to both persons' history (field
   * {@code not_duplicate_of}).
   */
  @Transactional
  public void distinct(Actor actor, long one, long other, RegistryChange change) {
    HouseholdRegistry.requireEvidence(change);
    if (one == other) {
      throw new InvalidFieldException(
          "second_id", "Cần hai người khác nhau / Two different persons are needed");
    }
    long first = Math.min(one, other);
    long second = Math.max(one, other);
    for (long id : new long[] {first, second}) {
      PersonRecord p = persons.readable(actor, id);
      if (!actor.mayEdit(p.wardCode())) {
        throw new AccessDeniedException("may not decide on persons of ward " + p.wardCode());
      }
    }
    int written =
        jdbc.sql(
                "insert into distinct_persons (first_id, second_id, decided_by, evidence, reason)"
                    + " values (?, ?, ?, ?, ?) on conflict do nothing")
            .params(first, second, actor.username(), change.evidence(), change.reason())
            .update();
    if (written == 1) {
      history.write("person", first, "not_duplicate_of", null, second, actor.username(), change);
      history.write("person", second, "not_duplicate_of", null, first, actor.username(), change);
    }
  }
}
