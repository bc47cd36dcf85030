package org.ansinh.server.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServerIntegrationTest
class AreaIntegrationTests {

  @LocalServerPort int port;
  @Autowired AreaLoader loader;
  @Autowired JdbcClient jdbc;

  /**
   * Ho Chi Minh City has 168 units since 1 July 2025 (GSO Official Letter 1027/CTK-CSCL, Annex I,
   * as shipped in simulation's areas/hcmc_communes_2025.csv).
   */
  @Test
  void listsTheUnitsOfHoChiMinhCity() {
    JsonNode answer = new Api(port).get("/api/v1/areas?province=79").json();

    assertThat(answer.get("count").asInt()).isEqualTo(168);
    assertThat(answer.get("areas")).hasSize(168);
    assertThat(answer.get("areas").get(0).has("name_vi")).isTrue();
  }

  /** Hanoi has 126 units since 1 July 2025 (same source, areas/hanoi_communes_2025.csv). */
  @Test
  void listsTheUnitsOfHanoi() {
    assertThat(new Api(port).get("/api/v1/areas?province=1").json().get("count").asInt())
        .isEqualTo(126);
  }

  /**
   * Phường Vũng Tàu (26506) absorbed seven former wards: the row of hcmc_communes_2025.csv lists
   * Phường 1, Thắng Tam, 2, 3, 4, 5 and Thắng Nhì of Thành phố Vũng Tàu.
   */
  @Test
  void showsTheFormerUnitsAUnitAbsorbed() {
    JsonNode area = new Api(port).get("/api/v1/areas/26506").json();

    assertThat(area.get("name_vi").asString()).isEqualTo("Phường Vũng Tàu");
    assertThat(area.get("type").asString()).isEqualTo("WARD");
    assertThat(area.get("former_units")).hasSize(7);
    assertThat(area.get("former_units").get(1).get("name").asString())
        .isEqualTo("Phường Thắng Tam");
  }

  @Test
  void loadingAgainKeepsOneRowPerUnit() {
    long before = jdbc.sql("select count(*) from area_former_unit").query(Long.class).single();

    loader.load();

    assertThat(jdbc.sql("select count(*) from area").query(Long.class).single())
        .isEqualTo(168 + 126);
    assertThat(jdbc.sql("select count(*) from area_former_unit").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void anUnknownTypeIsAProblemNamingTheParameter() {
    Api.Answer answer = new Api(port).get("/api/v1/areas?type=district");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("field").asString()).isEqualTo("type");
    assertThat(answer.json().get("allowed").asString()).contains("WARD");
  }

  @Test
  void anUnknownCodeIsNotFound() {
    Api.Answer answer = new Api(port).get("/api/v1/areas/99999");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("field").asString()).isEqualTo("code");
  }
}
