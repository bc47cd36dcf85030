package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ansinh.server.registry.ImportPreview.ProbableDuplicate;
import org.ansinh.server.registry.RegistryField.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staging table of one import, {@code import_rows_<id>}: a row number, the ids of the matching
 * household and person once matched, and one typed column per field (the names of {@link
 * RegistryFields}). Checks across rows and against the registry, and the commit's inserts, are set
 * operations in SQL, so a file of a million rows is never held in memory.
 */
@Repository
class ImportStaging {

  private final JdbcClient jdbc;
  private final List<RegistryField> householdFields;
  private final List<RegistryField> personFields;
  private final List<RegistryField> all;

  ImportStaging(JdbcClient jdbc, RegistryFields fields) {
    this.jdbc = jdbc;
    this.householdFields = fields.of(Level.HOUSEHOLD);
    this.personFields = fields.of(Level.PERSON);
    this.all = fields.all();
  }

  static String table(long id) {
    return "import_rows_" + id;
  }

  List<RegistryField> columns() {
    return all;
  }

  void create(long id) {
    String columns =
        all.stream().map(f -> f.name() + " " + sqlType(f)).collect(Collectors.joining(", "));
    jdbc.sql(
            "create unlogged table "
                + table(id)
                + " (row_number integer not null, household_id bigint, person_id bigint,"
                + " name_folded text, "
                + columns
                + ")")
        .update();
  }

  /** The COPY statement that fills the table: row number, folded name, then every field. */
  String copySql(long id) {
    return "copy "
        + table(id)
        + " (row_number, name_folded, "
        + all.stream().map(RegistryField::name).collect(Collectors.joining(", "))
        + ") from stdin (format csv)";
  }

  /**
   * Gives this transaction's sorts and hashes room (the default 4 MB would spill the checks of a
   * large file to disk).
   */
  void roomToSort() {
    jdbc.sql("set local work_mem = '256MB'").update();
  }

  /** The rows in an import's staging table, or -1 when it has none. */
  long stagedRows(long id) {
    boolean exists =
        jdbc.sql("select to_regclass(?) is not null")
            .param(table(id))
            .query(Boolean.class)
            .single();
    return exists ? jdbc.sql("select count(*) from " + table(id)).query(Long.class).single() : -1;
  }

  void drop(long id) {
    jdbc.sql("drop table if exists " + table(id)).update();
  }

  /** Each row's existing household (by code) and person (by national ID). */
  void match(long id) {
    String t = table(id);
    jdbc.sql(
            "update "
                + t
                + " s set household_id = h.id from household h where h.code ="
                + " s.household_code")
        .update();
    jdbc.sql(
            "update "
                + t
                + " s set person_id = p.id from person p where p.national_id ="
                + " s.national_id")
        .update();
  }

  /** rows, new households, matching households, new persons, matching persons. */
  int[] counts(long id) {
    return jdbc.sql(
            "select count(*), count(distinct household_code) filter (where household_id is null),"
                + " count(distinct household_code) filter (where household_id is not null),"
                + " count(*) filter (where person_id is null),"
                + " count(*) filter (where person_id is not null) from "
                + table(id))
        .query(
            (rs, n) ->
                new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)})
        .single();
  }

  /** Rows repeating a national ID of an earlier row: (row, earlier row). */
  List<int[]> repeatedNationalIds(long id, int limit) {
    String t = table(id);
    return pairs(
        "select s.row_number, f.first from "
            + t
            + " s join (select national_id, min(row_number) as first from "
            + t
            + " where national_id is not null group by national_id having count(*) > 1) f"
            + " on f.national_id = s.national_id where s.row_number > f.first"
            + " order by s.row_number limit "
            + limit);
  }

  /** Rows whose household fields differ from the first row of the same household code. */
  List<int[]> inconsistentHouseholds(long id, int limit) {
    String t = table(id);
    String cols =
        householdFields.stream().map(RegistryField::name).collect(Collectors.joining(", "));
    String s = householdFields.stream().map(f -> "s." + f.name()).collect(Collectors.joining(", "));
    String f = householdFields.stream().map(x -> "f." + x.name()).collect(Collectors.joining(", "));
    return pairs(
        "select s.row_number, f.row_number from "
            + t
            + " s join (select distinct on (household_code) row_number, "
            + cols
            + " from "
            + t
            + " order by household_code, row_number) f on f.household_code = s.household_code"
            + " where s.row_number > f.row_number and row("
            + s
            + ") is distinct from row("
            + f
            + ") order by s.row_number limit "
            + limit);
  }

  /** The wards of new households, and of the existing households rows match. */
  List<Integer> wards(long id) {
    return jdbc.sql(
            "select ward_code from "
                + table(id)
                + " union select h.ward_code from household h join "
                + table(id)
                + " s on s.household_id = h.id")
        .query(Integer.class)
        .list();
  }

  /** Rows touching one of these wards (by the file's ward code or the existing household's). */
  List<Integer> rowsInWards(long id, List<Integer> wards, int limit) {
    return jdbc.sql(
            "select s.row_number from "
                + table(id)
                + " s left join household h on h.id = s.household_id"
                + " where s.ward_code = any(?) or h.ward_code = any(?) order by s.row_number limit "
                + limit)
        .params(wards.toArray(Integer[]::new), wards.toArray(Integer[]::new))
        .query(Integer.class)
        .list();
  }

  /** Rows whose national ID belongs to a person of another household. */
  List<Integer> personsOfOtherHouseholds(long id, int limit) {
    return jdbc.sql(
            "select s.row_number from "
                + table(id)
                + " s join person p on p.id = s.person_id"
                + " where s.household_id is distinct from p.household_id order by s.row_number"
                + " limit "
                + limit)
        .query(Integer.class)
        .list();
  }

  /**
   * New persons with the folded name and birth date of an earlier row or a member already there.
   */
  List<ProbableDuplicate> probableDuplicates(long id, int limit) {
    String t = table(id);
    List<ProbableDuplicate> found = new ArrayList<>();
    jdbc.sql(
            "select s.row_number, min(o.row_number) from "
                + t
                + " s join "
                + t
                + " o on o.household_code = s.household_code and o.birth_date = s.birth_date"
                + " and o.name_folded = s.name_folded"
                + " and o.row_number < s.row_number where s.person_id is null"
                + " group by s.row_number order by s.row_number limit "
                + limit)
        .query((rs, n) -> new ProbableDuplicate(rs.getInt(1), rs.getInt(2), null))
        .list()
        .forEach(found::add);
    jdbc.sql(
            "select s.row_number, min(p.id) from "
                + t
                + " s join person p on p.household_id = s.household_id"
                + " and p.birth_date = s.birth_date and p.name_folded = s.name_folded"
                + " where s.person_id is null group by s.row_number order by s.row_number limit "
                + limit)
        .query((rs, n) -> new ProbableDuplicate(rs.getInt(1), null, rs.getLong(2)))
        .list()
        .forEach(found::add);
    found.sort(java.util.Comparator.comparingInt(ProbableDuplicate::row));
    return found.size() > limit ? found.subList(0, limit) : found;
  }

  /**
   * Inserts the new households (each from its first row) and their "created" history rows. Returns
   * the households created.
   */
  int insertHouseholds(long id, String by, RegistryChange change) {
    String t = table(id);
    String cols =
        householdFields.stream().map(FieldValues::column).collect(Collectors.joining(", "));
    String vals =
        householdFields.stream().map(RegistryField::name).collect(Collectors.joining(", "));
    return jdbc.sql(
            "with created as (insert into household ("
                + cols
                + ") select "
                + vals
                + " from "
                + t
                + " where row_number in (select min(row_number) from "
                + t
                + " where household_id is null group by household_code)"
                + " returning id)"
                + " insert into change_history (entity, entity_id, field, new_value,"
                + " changed_by, evidence, reason) select 'household', id, 'record', 'created',"
                + " ?, ?, ? from created")
        .params(by, change.evidence(), change.reason())
        .update();
  }

  /**
   * Inserts the new persons in file order with their "created" history rows, each in the household
   * of its code (matched in the preview, or just created: codes are unique). Looked up row by row
   * through the code's index rather than first writing the new households' ids into the staging
   * rows, which rewrote the whole table; a join could lose the file's order.
   */
  int insertPersons(long id, String by, RegistryChange change) {
    String cols = personFields.stream().map(RegistryField::name).collect(Collectors.joining(", "));
    // A file without the is_migrant column leaves it null; the column's own rule is "no".
    String values =
        personFields.stream()
            .map(
                f ->
                    f.name().equals("is_migrant")
                        ? "coalesce(s.is_migrant, false)"
                        : "s." + f.name())
            .collect(Collectors.joining(", "));
    return jdbc.sql(
            "with created as (insert into person (household_id, name_folded, "
                + cols
                + ") select coalesce(s.household_id, (select h.id from household h"
                + " where h.code = s.household_code)), s.name_folded, "
                + values
                + " from "
                + table(id)
                // no "order by row_number": the table is scanned in the order COPY wrote it, and
                // sorting a million wide rows would spill to disk
                + " s where s.person_id is null returning id)"
                + " insert into change_history (entity, entity_id, field, new_value, changed_by,"
                + " evidence, reason) select 'person', id, 'record', 'created', ?, ?, ? from"
                + " created")
        .params(by, change.evidence(), change.reason())
        .update();
  }

  private List<int[]> pairs(String sql) {
    return jdbc.sql(sql).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
  }

  static String sqlType(RegistryField f) {
    return switch (f.kind()) {
      case TEXT, ENUM -> "text";
      case INTEGER -> "integer";
      case MONEY -> "bigint";
      case DECIMAL -> "numeric";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
    };
  }
}
