package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Import and export of CSV and XLSX files through the API, on the real database. */
@ServerIntegrationTest
class RegistryImportIntegrationTests {

  static final String HEADER =
      "household_code,ward_code,address,role,national_id,full_name,birth_date,sex,monthly_wage\n";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  int ward;
  int otherWard;
  String officer;
  Files files;
  Api api;

  @AfterEach
  void removeTestHouseholds() {
    RegistryFixture.removeTestHouseholds(jdbc);
  }

  @BeforeEach
  void officer() {
    List<Integer> wards = RegistryFixture.twoWards(jdbc);
    ward = wards.get(0);
    otherWard = wards.get(1);
    officer = TestAccounts.open(accounts, Role.WARD_OFFICER, ward, null);
    files = new Files(port, officer);
    api = new Api(port).as(officer, TestAccounts.PASSWORD);
  }

  @Test
  void aFileWithOneBadRowShowsTheErrorAndWritesNothing() {
    String a = RegistryFixture.householdCode();
    String b = RegistryFixture.householdCode();
    String csv =
        HEADER
            + a
            + ","
            + ward
            + ",\"12 Lê Lợi, Bến Thành\",head,"
            + RegistryFixture.nationalId()
            + ",Nguyễn Văn Hùng,1980-01-15,MALE,8000000\n"
            + a
            + ","
            + ward
            + ",\"12 Lê Lợi, Bến Thành\",spouse,12345,Trần Thị Mai,1982-03-01,FEMALE,\n"
            + b
            + ","
            + ward
            + ",,head,"
            + RegistryFixture.nationalId()
            + ",Lê Văn Ba,1990-07-07,MALE,\n";
    JsonNode preview = upload("ho.csv", csv).json();

    assertThat(preview.get("rows").asInt()).isEqualTo(3);
    assertThat(preview.get("error_count").asInt()).isEqualTo(1);
    JsonNode error = preview.get("errors").get(0);
    assertThat(error.get("row").asInt()).isEqualTo(3);
    assertThat(error.get("field").asText()).isEqualTo("national_id");
    assertThat(error.get("message_vi").asText()).contains("12 chữ số");
    assertThat(error.get("message_en").asText()).contains("12 digits");

    Api.Answer commit =
        api.post("/api/v1/registry/imports/" + preview.get("id").asLong() + "/commit", "");
    assertThat(commit.status()).isEqualTo(400);
    assertThat(count("select count(*) from household where code in (?, ?)", a, b)).isZero();
    assertThat(count("select count(*) from person where full_name = 'Lê Văn Ba'")).isZero();
  }

  @Test
  void aGoodFileIsWrittenWholeWithItsHistory() {
    String a = RegistryFixture.householdCode();
    String b = RegistryFixture.householdCode();
    String csv =
        HEADER
            + a
            + ","
            + ward
            + ",,head,"
            + RegistryFixture.nationalId()
            + ",Phan Văn Khải,1960-12-25,MALE,\n"
            + a
            + ","
            + ward
            + ",,child,,Phan Thị Hoa,2015-05-05,FEMALE,\n"
            + b
            + ","
            + ward
            + ",,head,,Đoàn Thị Điểm,1970-01-01,FEMALE,5000000\n";
    JsonNode preview = upload("ho.xlsx".replace("xlsx", "csv"), csv).json();
    assertThat(preview.get("error_count").asInt()).isZero();
    assertThat(preview.get("new_households").asInt()).isEqualTo(2);
    assertThat(preview.get("new_persons").asInt()).isEqualTo(3);
    assertThat(preview.get("matching_persons").asInt()).isZero();

    JsonNode result =
        api.post("/api/v1/registry/imports/" + preview.get("id").asLong() + "/commit", "").json();
    assertThat(result.get("households_created").asInt()).isEqualTo(2);
    assertThat(result.get("persons_created").asInt()).isEqualTo(3);

    JsonNode found = api.get("/api/v1/persons?name=doan+thi+diem&householdCode=" + b).json();
    assertThat(found.get("total").asLong()).isEqualTo(1);
    long id = found.get("items").get(0).get("id").asLong();
    JsonNode history = api.get("/api/v1/persons/" + id + "/history").json();
    assertThat(history.get(0).get("changed_by").asText()).isEqualTo(officer);
    assertThat(history.get(0).get("evidence").asText()).contains("ho.csv");
    assertThat(api.get("/api/v1/persons/" + id).json().get("fields").get("monthly_wage").asLong())
        .isEqualTo(5_000_000L);
  }

  @Test
  void rowsOfAnotherWardAndRepeatedIdsAreErrors() {
    String nid = RegistryFixture.nationalId();
    String csv =
        HEADER
            + RegistryFixture.householdCode()
            + ","
            + otherWard
            + ",,head,,Vũ Văn Mẫn,1950-01-01,MALE,\n"
            + RegistryFixture.householdCode()
            + ","
            + ward
            + ",,head,"
            + nid
            + ",Lò Văn Giàng,1951-01-01,MALE,\n"
            + RegistryFixture.householdCode()
            + ","
            + ward
            + ",,head,"
            + nid
            + ",Lò Văn Pao,1952-01-01,MALE,\n";
    JsonNode preview = upload("x.csv", csv).json();
    assertThat(preview.get("error_count").asInt()).isEqualTo(2);
    assertThat(preview.get("errors").get(0).get("row").asInt()).isEqualTo(2);
    assertThat(preview.get("errors").get(0).get("field").asText()).isEqualTo("ward_code");
    assertThat(preview.get("errors").get(1).get("row").asInt()).isEqualTo(4);
    assertThat(preview.get("errors").get(1).get("field").asText()).isEqualTo("national_id");
    assertThat(preview.get("errors").get(1).get("message_en").asText()).contains("row 3");
  }

  @Test
  void anUnknownColumnIsAnErrorOfTheHeader() {
    JsonNode preview =
        upload("x.csv", "household_code,ward_code,role,full_name,shoe_size\n").json();
    assertThat(preview.get("errors").get(0).get("row").asInt()).isEqualTo(1);
    assertThat(preview.get("errors").get(0).get("field").asText()).isEqualTo("shoe_size");
  }

  @Test
  void probableDuplicatesMustBeConfirmed() {
    String a = RegistryFixture.householdCode();
    String csv =
        HEADER
            + a
            + ","
            + ward
            + ",,head,,Mai Văn Tư,1966-06-06,MALE,\n"
            + a
            + ","
            + ward
            + ",,other,,MAI VAN TU,1966-06-06,MALE,\n";
    JsonNode preview = upload("x.csv", csv).json();
    assertThat(preview.get("probable_duplicates").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(preview.get("probable_duplicates").get(0).get("same_as_row").asInt()).isEqualTo(2);
    long id = preview.get("id").asLong();
    Api.Answer refused = api.post("/api/v1/registry/imports/" + id + "/commit", "");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("field").asText()).isEqualTo("confirm_probable_duplicates");
    assertThat(
            api.post(
                    "/api/v1/registry/imports/" + id + "/commit?confirm_probable_duplicates=true",
                    "")
                .status())
        .isEqualTo(200);
    assertThat(
            count(
                "select count(*) from person p join household h on h.id = p.household_id where h.code = ?",
                a))
        .isEqualTo(2);
  }

  @Test
  void anExportImportsBackAsTheSameRecordsAndAChangedCellUpdatesOnePerson() throws Exception {
    String code = RegistryFixture.householdCode();
    long h = RegistryFixture.household(api, code, ward);
    String nid1 = RegistryFixture.nationalId();
    RegistryFixture.person(api, h, "Bùi Thị Xuân, \"Cô\"", "1985-08-08", nid1);
    long p2 =
        RegistryFixture.person(api, h, "Bùi Văn Nam", "2010-10-10", RegistryFixture.nationalId())
            .json()
            .get("id")
            .asLong();
    RegistryFixture.patch(
        api,
        "/api/v1/persons/" + p2,
        Map.of(
            "version",
            0,
            "evidence",
            "x",
            "fields",
            Map.of("is_school_pupil", true, "training_course_months", 2.5)));

    byte[] csv = files.download("/api/v1/registry/export?format=csv&householdCode=" + code);
    JsonNode same = upload("export.csv", new String(csv, StandardCharsets.UTF_8)).json();
    assertThat(same.get("error_count").asInt()).as(same.toString()).isZero();
    assertThat(same.get("matching_households").asInt()).isEqualTo(1);
    assertThat(same.get("matching_persons").asInt()).isEqualTo(2);
    assertThat(same.get("new_persons").asInt()).isZero();
    JsonNode unchanged =
        api.post("/api/v1/registry/imports/" + same.get("id").asLong() + "/commit", "").json();
    assertThat(unchanged.get("persons_updated").asInt()).isZero();
    assertThat(unchanged.get("households_updated").asInt()).isZero();

    byte[] xlsx = files.download("/api/v1/registry/export?format=xlsx&householdCode=" + code);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("household_code");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã hộ");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
    }
    JsonNode fromXlsx = files.upload("export.xlsx", xlsx).json();
    assertThat(fromXlsx.get("error_count").asInt()).as(fromXlsx.toString()).isZero();
    assertThat(fromXlsx.get("matching_persons").asInt()).isEqualTo(2);
    api.delete("/api/v1/registry/imports/" + fromXlsx.get("id").asLong());

    String edited = new String(csv, StandardCharsets.UTF_8).replace("Bùi Văn Nam", "Bùi Văn Năm");
    JsonNode changed = upload("edited.csv", edited).json();
    JsonNode result =
        api.post("/api/v1/registry/imports/" + changed.get("id").asLong() + "/commit", "").json();
    assertThat(result.get("persons_updated").asInt()).isEqualTo(1);
    JsonNode history = api.get("/api/v1/persons/" + p2 + "/history").json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("field").asText()).isEqualTo("full_name");
    assertThat(last.get("old_value").asText()).isEqualTo("Bùi Văn Nam");
    assertThat(last.get("new_value").asText()).isEqualTo("Bùi Văn Năm");
    assertThat(
            api.get("/api/v1/persons/" + p2)
                .json()
                .get("fields")
                .get("training_course_months")
                .asDouble())
        .isEqualTo(2.5);
  }

  @Test
  void theTemplateIsTheHeader() {
    String csv =
        new String(files.download("/api/v1/registry/template?format=csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF");
    assertThat(csv.lines()).hasSize(1);
    assertThat(csv.substring(1).strip().split(","))
        .startsWith("household_code", "ward_code", "address")
        .contains("role", "national_id", "full_name", "birth_date", "residence_status", "province");
  }

  private Api.Answer upload(String name, String csv) {
    Api.Answer a = files.upload(name, csv.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.text()).isEqualTo(201);
    return a;
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
  }
}
