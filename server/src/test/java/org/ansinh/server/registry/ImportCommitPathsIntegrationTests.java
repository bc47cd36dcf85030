package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.platform.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The two ways a commit writes (indexes kept, or set aside and built again for a large import): the
 * same records and history either way, the same indexes and keys afterwards, and nothing written
 * when a row fails on the way.
 */
@ServerIntegrationTest
class ImportCommitPathsIntegrationTests {

  static final String HEADER =
      "household_code,ward_code,address,role,national_id,full_name,birth_date,sex,monthly_wage\n";

  /** A large import's catalogue: what must come back as it was. */
  static final String CATALOGUE =
      "select string_agg(d, ' | ' order by d) from (select indexdef as d from pg_indexes where"
          + " tablename in ('person', 'household') union all select conname || ': ' ||"
          + " pg_get_constraintdef(oid) from pg_constraint where conrelid in ('person'::regclass,"
          + " 'household'::regclass)) c";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired LargeImportIndexes large;

  int ward;
  Files files;
  Api api;

  @BeforeEach
  void officer() {
    RegistryFixture.Officer o = RegistryFixture.Officer.open(port, accounts, jdbc);
    ward = o.ward();
    files = o.files();
    api = o.api();
    // At least one person there, so that "large only into an empty registry" is never large.
    String code = RegistryFixture.householdCode();
    commit(upload(HEADER + code + "," + ward + ",,head,,Người Có Sẵn,1950-01-01,MALE,\n"));
  }

  @AfterEach
  void restore() {
    large.perNewPerson(1);
    RegistryFixture.removeTestHouseholds(jdbc);
  }

  @Test
  void theLargePathWritesTheSameRecordsAndHistoryAndRebuildsTheSameIndexes() {
    String[] normalCodes = {RegistryFixture.householdCode(), RegistryFixture.householdCode()};
    String[] largeCodes = {RegistryFixture.householdCode(), RegistryFixture.householdCode()};
    String catalogue = jdbc.sql(CATALOGUE).query(String.class).single();
    long trigramIndex = indexOid();

    large.perNewPerson(0); // large only into an empty registry: this one is not
    commit(upload(family(normalCodes)));
    assertThat(indexOid()).as("indexes kept").isEqualTo(trigramIndex);

    large.perNewPerson(1_000_000); // every import large
    commit(upload(family(largeCodes)));
    assertThat(indexOid()).as("index built again").isNotEqualTo(trigramIndex);
    assertThat(jdbc.sql(CATALOGUE).query(String.class).single()).isEqualTo(catalogue);

    assertThat(records(largeCodes)).hasSize(4).isEqualTo(records(normalCodes));
    assertThat(history(largeCodes)).hasSize(6).isEqualTo(history(normalCodes));
    // The rebuilt trigram index finds the new names.
    JsonNode found =
        api.get("/api/v1/persons?name=vo+thi+sau&householdCode=" + largeCodes[0]).json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aRowFailingAsTheLargePathWritesLeavesNothingWrittenAndTheIndexesInPlace() {
    String[] codes = {RegistryFixture.householdCode(), RegistryFixture.householdCode()};
    String catalogue = jdbc.sql(CATALOGUE).query(String.class).single();
    long trigramIndex = indexOid();
    long id = upload(family(codes));
    // The last row turns bad after its preview (what a failure while writing it would be): the
    // database refuses it once the other rows and households are already inserted.
    jdbc.sql(
            "update "
                + ImportStaging.table(id)
                + " set national_id = 'not-an-id' where row_number = (select max(row_number) from "
                + ImportStaging.table(id)
                + ")")
        .update();

    large.perNewPerson(1_000_000);
    Api.Answer refused = api.post("/api/v1/registry/imports/" + id + "/commit", "");

    assertThat(refused.status()).as(refused.text()).isGreaterThanOrEqualTo(400);
    assertThat(
            jdbc.sql("select count(*) from household where code in (?, ?)")
                .params(codes[0], codes[1])
                .query(Long.class)
                .single())
        .isZero();
    assertThat(
            jdbc.sql("select count(*) from change_history where evidence like ?")
                .param("%import " + id + ":%")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(indexOid()).isEqualTo(trigramIndex);
    assertThat(jdbc.sql(CATALOGUE).query(String.class).single()).isEqualTo(catalogue);
  }

  /** Two households: a head and a child, and a head alone with a wage and a spouse. */
  private String family(String[] codes) {
    return HEADER
        + codes[0]
        + ","
        + ward
        + ",\"1 Nguyễn Huệ\",head,"
        + RegistryFixture.nationalId()
        + ",Võ Thị Sáu,1933-01-01,FEMALE,\n"
        + codes[0]
        + ","
        + ward
        + ",\"1 Nguyễn Huệ\",child,,Võ Văn Tần,1960-02-02,MALE,4000000\n"
        + codes[1]
        + ","
        + ward
        + ",,head,"
        + RegistryFixture.nationalId()
        + ",Lý Tự Trọng,1914-10-20,MALE,7500000\n"
        + codes[1]
        + ","
        + ward
        + ",,spouse,,Trần Thị Lý,1915-03-03,FEMALE,\n";
  }

  private long indexOid() {
    return jdbc.sql("select 'person_name_folded'::regclass::oid::bigint")
        .query(Long.class)
        .single();
  }

  /** The records of these households, the codes replaced by their position. */
  private List<String> records(String[] codes) {
    return jdbc.sql(
            "select array_position(?, h.code) || ' ' || h.ward_code || ' ' || coalesce(h.address,"
                + " '-') || ' ' || p.role || ' ' || p.full_name || ' ' || p.name_folded || ' ' ||"
                + " p.birth_date || ' ' || p.sex || ' ' || coalesce(p.monthly_wage::text, '-')"
                + " || ' ' || p.is_migrant || ' ' || (p.national_id is null) from person p join"
                + " household h on h.id = p.household_id where h.code = any(?) order by p.id")
        .params(codes, codes)
        .query(String.class)
        .list();
  }

  /** Their history: what, by whom, on which file (the import's id left out). */
  private List<String> history(String[] codes) {
    return jdbc.sql(
            "select c.entity || ' ' || c.field || ' ' || c.new_value || ' ' || c.changed_by || ' '"
                + " || regexp_replace(c.evidence, 'import [0-9]+', 'import N') || ' ' || c.reason"
                + " from change_history c where (c.entity = 'household' and c.entity_id in"
                + " (select id from household where code = any(?))) or (c.entity = 'person' and"
                + " c.entity_id in (select p.id from person p join household h on h.id ="
                + " p.household_id where h.code = any(?))) order by c.entity, c.entity_id")
        .params(codes, codes)
        .query(String.class)
        .list();
  }

  private long upload(String csv) {
    Api.Answer a = files.upload("ho.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    assertThat(a.json().get("error_count").asInt()).as(a.text()).isZero();
    return a.json().get("id").asLong();
  }

  private void commit(long id) {
    Api.Answer a = api.post("/api/v1/registry/imports/" + id + "/commit", "");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
  }
}
