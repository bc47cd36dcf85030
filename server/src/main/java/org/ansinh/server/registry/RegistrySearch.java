package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds persons and households within the actor's scope (a ward officer's ward, a citizen's
 * household, or the whole city), paged. A name is matched folded, anywhere in the full name,
 * through the trigram index on {@code person.name_folded} (migration V7); a national ID exactly; a
 * household code by its start. Only the filters given enter the SQL, so each query shape gets a
 * plan that uses its index.
 */
@Service
public class RegistrySearch {

  static final int MAX_SIZE = 200; // not law: rows a page, so one answer stays small

  private final JdbcClient jdbc;

  RegistrySearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public ResultPage<PersonSummary> persons(Actor actor, PersonQuery q) {
    checkPage(q.page(), q.size());
    Where where = scope(actor);
    if (q.name() != null && !q.name().isBlank()) {
      where.add("p.name_folded like ?", "%" + like(NameFold.fold(q.name())) + "%");
    }
    if (q.nationalId() != null && !q.nationalId().isBlank()) {
      where.add("p.national_id = ?", q.nationalId().strip());
    }
    if (q.wardCode() != null) {
      where.add("h.ward_code = ?", q.wardCode());
    }
    if (q.householdCode() != null && !q.householdCode().isBlank()) {
      where.add("h.code like ?", like(q.householdCode().strip()) + "%");
    }
    if (q.householdId() != null) {
      where.add("p.household_id = ?", q.householdId());
    }
    String from = " from person p join household h on h.id = p.household_id" + where.sql();
    long total = jdbc.sql("select count(*)" + from).params(where.params).query(Long.class).single();
    List<Object> params = new ArrayList<>(where.params);
    params.add(q.size());
    params.add((long) (q.page() - 1) * q.size());
    List<PersonSummary> items =
        jdbc.sql(
                "select p.id, p.household_id, h.code, h.ward_code, p.role, p.full_name,"
                    + " p.national_id, p.birth_date, p.version"
                    + from
                    + " order by p.name_folded, p.id limit ? offset ?")
            .params(params)
            .query(
                (rs, n) ->
                    new PersonSummary(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        actor.showNationalId(rs.getString(7)),
                        rs.getObject(8, java.time.LocalDate.class),
                        rs.getInt(9)))
            .list();
    return new ResultPage<>(q.page(), q.size(), total, items);
  }

  /** Households by the start of their code and by ward, in code order. */
  @Transactional(readOnly = true)
  public ResultPage<HouseholdSummary> households(
      Actor actor, String code, Integer wardCode, int page, int size) {
    checkPage(page, size);
    Where where = scope(actor);
    if (code != null && !code.isBlank()) {
      where.add("h.code like ?", like(code.strip()) + "%");
    }
    if (wardCode != null) {
      where.add("h.ward_code = ?", wardCode);
    }
    String from = " from household h" + where.sql();
    long total = jdbc.sql("select count(*)" + from).params(where.params).query(Long.class).single();
    List<Object> params = new ArrayList<>(where.params);
    params.add(size);
    params.add((long) (page - 1) * size);
    List<HouseholdSummary> items =
        jdbc.sql(
                "select h.id, h.code, h.ward_code, h.address,"
                    + " (select count(*) from person p where p.household_id = h.id), h.version"
                    + from
                    + " order by h.code limit ? offset ?")
            .params(params)
            .query(
                (rs, n) ->
                    new HouseholdSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6)))
            .list();
    return new ResultPage<>(page, size, total, items);
  }

  /** What the actor may see: their ward, their household, or everything. */
  static Where scope(Actor actor) {
    Where where = new Where();
    if (actor.role() == Role.WARD_OFFICER) {
      where.add("h.ward_code = ?", actor.wardCode());
    } else if (actor.role() == Role.CITIZEN) {
      where.add("h.id = ?", actor.householdId());
    }
    return where;
  }

  static void checkPage(int page, int size) {
    if (page < 1) {
      throw new InvalidFieldException("page", "Trang bắt đầu từ 1 / Pages start at 1", "1 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidFieldException(
          "size", "Số dòng mỗi trang ngoài khoảng / Page size out of range", "1–" + MAX_SIZE);
    }
  }

  /** A LIKE pattern matching the text literally ({@code %} and {@code _} escaped). */
  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** The conditions of a query and their parameters, in order. */
  static final class Where {
    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    void add(String condition, Object param) {
      conditions.add(condition);
      params.add(param);
    }

    String sql() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
  }
}
