package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A preview across a restart of the server, through {@link ImportBatches#resume} (what the start
 * runs, with the previews in memory forgotten): kept after a clean restart, expired with a clear
 * answer when a crash emptied its unlogged staging table (PostgreSQL's recovery truncates it, as
 * these tests do by hand).
 */
@ServerIntegrationTest
class ImportPreviewRestartIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ImportBatches batches;

  int ward;
  String officer;
  Files files;
  Api api;
  String code;

  @BeforeEach
  void officer() {
    RegistryFixture.Officer o = RegistryFixture.Officer.open(port, accounts, jdbc);
    ward = o.ward();
    officer = o.username();
    files = o.files();
    api = o.api();
    code = RegistryFixture.householdCode();
  }

  @AfterEach
  void removeTestHouseholds() {
    RegistryFixture.removeTestHouseholds(jdbc);
  }

  @Test
  void aPreviewSurvivesACleanRestartAndCommits() {
    JsonNode before = upload();
    long id = before.get("id").asLong();

    batches.resume();

    Api.Answer after = api.get("/api/v1/registry/imports/" + id);
    assertThat(after.status()).as(after.text()).isEqualTo(200);
    assertThat(after.json()).isEqualTo(before);
    Api.Answer committed = api.post("/api/v1/registry/imports/" + id + "/commit", "");
    assertThat(committed.status()).as(committed.text()).isEqualTo(200);
    assertThat(committed.json().get("persons_created").asInt()).isEqualTo(2);
    assertThat(persons()).isEqualTo(2);
  }

  @Test
  void aPreviewWhoseRowsACrashEmptiedExpiresAndSaysToUploadAgain() {
    long id = upload().get("id").asLong();
    jdbc.sql("truncate " + ImportStaging.table(id)).update();

    batches.resume();

    Api.Answer shown = api.get("/api/v1/registry/imports/" + id);
    assertThat(shown.status()).isEqualTo(410);
    assertThat(shown.json().get("type").asText()).isEqualTo("urn:ansinh:problem:import-expired");
    assertThat(shown.json().get("field").asText()).isEqualTo("id");
    assertThat(shown.json().get("detail").asText())
        .contains("tải tệp lên lại")
        .contains("upload the file again");
    assertThat(api.post("/api/v1/registry/imports/" + id + "/commit", "").status()).isEqualTo(410);
    assertThat(persons()).isZero();
    assertThat(
            jdbc.sql("select status from import_batch where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("EXPIRED");
    assertThat(
            jdbc.sql("select to_regclass(?) is null")
                .param(ImportStaging.table(id))
                .query(Boolean.class)
                .single())
        .as("staging table dropped")
        .isTrue();

    WebClient web = new WebClient(port);
    web.signIn(officer, TestAccounts.PASSWORD);
    WebClient.Page page = web.get("/registry/import/" + id);
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.html()).contains("id=\"expired\"").contains("tải tệp lên lại");
    assertThat(page.html()).contains("id=\"upload\"");
  }

  @Test
  void anotherOfficerStillCannotSeeAPreviewAfterARestart() {
    long id = upload().get("id").asLong();
    batches.resume();
    String other = TestAccounts.open(accounts, Role.WARD_OFFICER, ward, null);
    Api.Answer shown =
        new Api(port).as(other, TestAccounts.PASSWORD).get("/api/v1/registry/imports/" + id);
    assertThat(shown.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/registry/imports/" + id).status()).isEqualTo(200);
  }

  private JsonNode upload() {
    String csv =
        "household_code,ward_code,role,national_id,full_name,birth_date\n"
            + code
            + ","
            + ward
            + ",head,"
            + RegistryFixture.nationalId()
            + ",Hồ Văn Huê,1970-04-04\n"
            + code
            + ","
            + ward
            + ",child,,Hồ Thị Nở,2001-09-09\n";
    Api.Answer a = files.upload("ho.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a.json();
  }

  private long persons() {
    return jdbc.sql(
            "select count(*) from person p join household h on h.id = p.household_id where h.code"
                + " = ?")
        .param(code)
        .query(Long.class)
        .single();
  }
}
