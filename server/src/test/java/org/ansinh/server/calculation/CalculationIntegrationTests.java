package org.ansinh.server.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.Api;
import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The worked case is the first of policy-vn's tests/social_insurance/compulsory.yaml ("Compulsory
 * SI, Region I, wage between floor and ceiling, Mar 2024"): an employee of 35 on a 12-month
 * contract earning 10,000,000 đồng in region I. Law 58/2014/QH13 Art. 85.1 (employee 8%), Art. 86.1
 * (employer 3% + 14%) and Decree 58/2020 Art. 4.1 (0.5%): 10,000,000 × 8% = 800,000 and 10,000,000
 * × 17.5% = 1,750,000.
 */
@ServerIntegrationTest
class CalculationIntegrationTests {

  static final String WORKER =
      """
      {"persons": {"worker": {
        "age": {"2024-03": 35},
        "employment_status": {"2024-03": "EMPLOYEE"},
        "labour_contract_months": {"2024-03": 12},
        "monthly_wage": {"2024-03": 10000000},
        "workplace_region": {"2024-03": 1},
        "si_employee_contribution": {"2024-03": null},
        "si_employer_contribution": {"2024-03": null}
      }}}
      """;

  @LocalServerPort int port;

  @Test
  void calculateFillsInTheRequestedValues() {
    Api.Answer answer = new Api(port).post("/api/v1/calculate", WORKER);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode worker = answer.json().get("persons").get("worker");
    assertThat(worker.get("si_employee_contribution").get("2024-03").asLong()).isEqualTo(800_000);
    assertThat(worker.get("si_employer_contribution").get("2024-03").asLong()).isEqualTo(1_750_000);
    assertThat(worker.get("monthly_wage").get("2024-03").asLong()).isEqualTo(10_000_000);
  }

  @Test
  void householdsNameTheirMembersByRole() {
    String body =
        """
        {"persons": {"a": {"birth_date": "1990-05-01", "monthly_wage": {"2024-03": 10000000},
                           "employment_status": {"2024-03": "EMPLOYEE"},
                           "labour_contract_months": {"2024-03": 12},
                           "workplace_region": {"2024-03": 1},
                           "si_employee_contribution": {"2024-03": null}},
                     "b": {"birth_date": "2015-01-01"}},
         "households": {"h": {"head": "a", "children": ["b"], "province": {"2024-03": 79}}}}
        """;

    Api.Answer answer = new Api(port).post("/api/v1/calculate", body);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(
            answer
                .json()
                .get("persons")
                .get("a")
                .get("si_employee_contribution")
                .get("2024-03")
                .asLong())
        .isEqualTo(800_000);
  }

  @Test
  void traceCitesTheLaw() {
    Api.Answer answer = new Api(port).post("/api/v1/trace?lang=en", WORKER);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode first = answer.json().get("trace").get(0);
    assertThat(first.get("variable").asString()).isEqualTo("si_employee_contribution");
    assertThat(first.get("value").asLong()).isEqualTo(800_000);
    JsonNode explanation = first.get("explanation");
    assertThat(explanation.get("basis").asString()).contains("58/2014/QH13").contains("Điều 85");
    JsonNode rate = explanation.get("parameters").get(0);
    assertThat(rate.get("value").asDouble()).isEqualTo(0.08);
    assertThat(rate.get("reference").get("document").asString()).isEqualTo("58/2014/QH13");
    assertThat(answer.json().get("requested_calculations").get(0).asString())
        .isEqualTo("si_employee_contribution<2024-03>");
  }

  @Test
  void aValueOfTheWrongTypeIsAProblemNamingItsPath() {
    Api.Answer answer =
        new Api(port)
            .post(
                "/api/v1/calculate",
                """
                {"persons": {"w": {"monthly_wage": {"2024-03": "a lot"},
                                   "si_employee_contribution": {"2024-03": null}}}}
                """);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonNode problem = answer.json();
    assertThat(problem.get("type").asString()).isEqualTo("urn:ansinh:problem:invalid-field");
    assertThat(problem.get("field").asString()).isEqualTo("persons.w.monthly_wage.2024-03");
    assertThat(problem.get("allowed").asString()).contains("đồng");
  }

  @Test
  void anUnknownVariableIsAProblemNamingIt() {
    JsonNode problem =
        new Api(port)
            .post("/api/v1/calculate", "{\"persons\": {\"w\": {\"salary\": {\"2024-03\": null}}}}")
            .json();

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("field").asString()).isEqualTo("persons.w.salary");
    assertThat(problem.get("detail").asString()).contains("unknown variable 'salary'");
  }

  @Test
  void aMonthlyVariableAskedForAYearIsAProblemSayingWhatIsAllowed() {
    JsonNode problem =
        new Api(port)
            .post(
                "/api/v1/calculate",
                "{\"persons\": {\"w\": {\"si_employee_contribution\": {\"2024\": null}}}}")
            .json();

    assertThat(problem.get("field").asString())
        .isEqualTo("persons.w.si_employee_contribution.2024");
    assertThat(problem.get("allowed").asString()).isEqualTo("a month, YYYY-MM");
  }

  @Test
  void aHouseholdNamingAnUnknownPersonIsAProblem() {
    JsonNode problem =
        new Api(port)
            .post(
                "/api/v1/calculate",
                """
                {"persons": {"a": {"si_employee_contribution": {"2024-03": null}}},
                 "households": {"h": {"head": "z"}}}
                """)
            .json();

    assertThat(problem.get("field").asString()).isEqualTo("households.h.head");
  }

  @Test
  void nothingToCalculateIsAProblem() {
    JsonNode problem =
        new Api(port)
            .post("/api/v1/calculate", "{\"persons\": {\"w\": {\"monthly_wage\": 5000000}}}")
            .json();

    assertThat(problem.get("field").asString()).isEqualTo("persons");
    assertThat(problem.get("detail").asString()).isEqualTo("nothing to calculate");
  }

  @Test
  void malformedJsonIsAProblemAboutTheBody() {
    Api.Answer answer = new Api(port).post("/api/v1/calculate", "{\"persons\": {");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("type").asString()).isEqualTo("urn:ansinh:problem:malformed-body");
    assertThat(answer.json().get("field").asString()).isEqualTo("body");
  }

  @Test
  void anUnknownLanguageIsAProblemNamingTheParameter() {
    JsonNode problem = new Api(port).post("/api/v1/trace?lang=fr", WORKER).json();

    assertThat(problem.get("field").asString()).isEqualTo("lang");
    assertThat(problem.get("allowed").asString()).isEqualTo("vi or en");
  }
}
