package org.ansinh.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerIntegrationTest
class CatalogueIntegrationTests {

  @LocalServerPort int port;

  /**
   * The employee's pension and survivorship rate in force in March 2024 is 8% (Law 58/2014/QH13
   * Art. 85.1), as policy-vn's parameter file records it.
   */
  @Test
  void parametersInForceOnADayCarryTheirReference() {
    JsonNode parameter =
        new Api(port)
            .get(
                "/api/v1/parameters/social_insurance.compulsory.employee_rate.pension_survivorship")
            .json();
    assertThat(parameter.get("values").get(0).get("value").asDouble()).isEqualTo(0.08);
    assertThat(parameter.get("values").get(0).get("reference").get("document").asString())
        .isEqualTo("58/2014/QH13");

    JsonNode inForce = new Api(port).get("/api/v1/parameters?at=2024-03-01").json();
    assertThat(inForce.size()).isPositive();
    assertThat(inForce.get(0).get("values")).hasSize(1);
  }

  @Test
  void variablesHaveBilingualLabels() {
    JsonNode wage = new Api(port).get("/api/v1/variables/monthly_wage").json();

    assertThat(wage.get("label").get("vi").asString()).isEqualTo("Tiền lương tháng");
    assertThat(wage.get("label").get("en").asString()).isEqualTo("Monthly wage");
    assertThat(wage.get("input").asBoolean()).isTrue();
  }

  @Test
  void reformsAreListedByName() {
    List<String> names = new ArrayList<>();
    new Api(port).get("/api/v1/reforms").json().forEach(r -> names.add(r.get("name").asString()));

    assertThat(names).contains("voluntary_si_support");
  }

  @Test
  void aBadDateIsAProblemNamingTheParameter() {
    Api.Answer answer = new Api(port).get("/api/v1/parameters?at=March");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("field").asString()).isEqualTo("at");
    assertThat(answer.json().get("allowed").asString()).isEqualTo("YYYY-MM-DD");
  }

  @Test
  void anUnknownVariableIsNotFound() {
    Api.Answer answer = new Api(port).get("/api/v1/variables/salary");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("field").asString()).isEqualTo("name");
  }
}
