package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Probable duplicates already in the registry: two persons of one household with the same folded
 * name and birth date (the index {@code person_household_birth} serves the self-join). The same
 * national ID twice cannot happen: the column is unique.
 */
@Service
public class Duplicates {

  /** Two persons who are probably one; {@code first} has the smaller id. */
  public record Pair(
      long firstId,
      long secondId,
      long householdId,
      String householdCode,
      int wardCode,
      String firstName,
      String secondName,
      LocalDate birthDate) {}

  private final JdbcClient jdbc;

  Duplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The pairs within the actor's scope, by household code. */
  @Transactional(readOnly = true)
  public ResultPage<Pair> probable(Actor actor, int page, int size) {
    RegistrySearch.checkPage(page, size);
    RegistrySearch.Where where = RegistrySearch.scope(actor);
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
                    + " a.birth_date"
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
                        rs.getObject(8, LocalDate.class)))
            .list();
    return new ResultPage<>(page, size, total, pairs);
  }
}
