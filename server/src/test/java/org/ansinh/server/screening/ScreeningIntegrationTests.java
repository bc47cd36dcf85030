package org.ansinh.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ansinh.server.ServerIntegrationTest;
import org.ansinh.server.TestAccounts;
import org.ansinh.server.WebClient;
import org.ansinh.server.WebClient.Page;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The screener through real HTTP: a worked example, validation, htmx, who may use it. */
@ServerIntegrationTest
class ScreeningIntegrationTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  /** An employee on a 12-month contract at 10,000,000 đồng in region I, Ho Chi Minh City. */
  private static Map<String, String> employee() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("period", "2026-03");
    f.put("age", "30");
    f.put("sex", "FEMALE");
    f.put("city", "79");
    f.put("area", "URBAN");
    f.put("residence", "PERMANENT");
    f.put("work", "EMPLOYEE");
    f.put("contractMonths", "12");
    f.put("region", "1");
    f.put("wage", "10.000.000");
    f.put("householdSize", "2");
    f.put("householdIncome", "20000000");
    f.put("disability", "NONE");
    return f;
  }

  /**
   * The worked example, March 2026, wage 10,000,000 đồng between the floor (region I minimum wage
   * 5,310,000: wages/regional_minimum_wage/region_1.yaml, 293/2025/NĐ-CP Điều 3 khoản 1) and the
   * ceiling (20 × reference level 2,340,000 = 46,800,000: social_insurance/compulsory/
   * ceiling_multiplier.yaml), so every base is the wage:
   *
   * <ul>
   *   <li>social insurance, employee: pension and survivorship 8% (41/2024/QH15 Điều 33 khoản 1
   *       điểm a) + sickness 0 + occupational accident 0 = 8% × 10,000,000 = 800,000;
   *   <li>employer: 14% (Điều 34 khoản 1 điểm b) + 3% (điểm a) + 0.5% (58/2020/NĐ-CP Điều 4 khoản
   *       1) = 17.5% × 10,000,000 = 1,750,000;
   *   <li>health insurance: employee 1.5%, employer 3% (health_insurance/payroll/*_rate.yaml) =
   *       150,000 and 300,000;
   *   <li>unemployment insurance: 1% and 1% (unemployment_insurance/contribution/*_rate.yaml, from
   *       2026-01-01) = 100,000 and 100,000.
   * </ul>
   */
  @Test
  void anEmployeeSeesWhatSheAndHerEmployerPayEachMonth() {
    WebClient web = new WebClient(port);
    web.get("/screener?lang=vi");
    Page page = web.post("/screener", employee(), true);

    assertThat(page.status()).isEqualTo(200);
    assertThat(amount(page, "si_employee_contribution")).isEqualTo("800.000 ₫");
    assertThat(amount(page, "si_employer_contribution")).isEqualTo("1.750.000 ₫");
    assertThat(amount(page, "hi_employee_contribution")).isEqualTo("150.000 ₫");
    assertThat(amount(page, "hi_employer_contribution")).isEqualTo("300.000 ₫");
    assertThat(amount(page, "ui_employee_contribution")).isEqualTo("100.000 ₫");
    assertThat(amount(page, "ui_employer_contribution")).isEqualTo("100.000 ₫");
    assertThat(page.html()).contains("Kết quả cho tháng 03/2026");
  }

  /**
   * A migrant in informal work, March 2026: temporary residence in Ho Chi Minh City, own-account
   * income 5,000,000 đồng, a household of 3 with 12,000,000 a month (4,000,000 each: not poor).
   *
   * <ul>
   *   <li>voluntary social insurance: the base is the declared income, 5,000,000, between the floor
   *       (rural poverty line 1,500,000: poverty/national, 351/2025/NĐ-CP) and the ceiling (20 ×
   *       reference level 2,340,000); 22% × 5,000,000 = 1,100,000 (social_insurance/voluntary/
   *       contribution_rate.yaml, 41/2024/QH15 Điều 32 khoản 2, Điều 36 khoản 1);
   *   <li>state support: 20% (state_support/other.yaml, 159/2025/NĐ-CP) of the contribution at the
   *       rural poverty line, 22% × 1,500,000 = 330,000 → 66,000; the city adds nothing for
   *       households that are not poor (local_support/hcmc/other.yaml, 0); so the person pays
   *       1,100,000 − 66,000 = 1,034,000;
   *   <li>health insurance bought with the household: 4.5%
   *       (health_insurance/contribution_rate.yaml) × reference level 2,340,000 = 105,300 a month,
   *       × 12 = 1,263,600 for the year, the first member paying in full.
   * </ul>
   */
  @Test
  void aMigrantInInformalWorkSeesVoluntaryInsuranceWithTheStateShare() {
    Map<String, String> form = employee();
    form.put("residence", "TEMPORARY");
    form.put("homeProvince", "Thanh Hóa");
    form.put("work", "SELF_EMPLOYED");
    form.put("wage", "5000000");
    form.put("householdSize", "3");
    form.put("householdIncome", "12000000");
    WebClient web = new WebClient(port);
    web.get("/screener?lang=vi");
    Page page = web.post("/screener", form, true);

    assertThat(amount(page, "voluntary_si_monthly_contribution")).isEqualTo("1.034.000 ₫");
    assertThat(amount(page, "voluntary_si_state_support")).isEqualTo("66.000 ₫");
    assertThat(amount(page, "hi_annual_contribution")).isEqualTo("1.263.600 ₫");
    assertThat(page.html()).doesNotContain("data-variable=\"si_employee_contribution\"");
    assertThat(section(page.html(), "line-voluntarySi")).contains("class=\"status eligible\"");
  }

  @Test
  void eachLineIsExplainedDownToTheArticleOfLaw() {
    WebClient web = new WebClient(port);
    web.get("/screener");
    String html = web.post("/screener", employee(), true).html();

    String line = section(html, "line-compulsorySi");
    assertThat(line)
        .contains("41/2024/QH15")
        .contains("Điều 33 khoản 1 điểm a")
        .contains("/law/parameters/social_insurance.compulsory.employee_rate.pension_survivorship")
        .contains("8,0 %")
        .contains("áp dụng từ 01/07/2025");
  }

  @Test
  void wrongFieldsAreNamedInVietnameseAndEnglish() {
    Map<String, String> form = employee();
    form.put("age", "abc");
    form.put("householdSize", "0");
    form.put("period", "2019-01");
    WebClient web = new WebClient(port);
    web.get("/screener?lang=vi");
    Page vi = web.post("/screener", form, true);

    assertThat(vi.status()).isEqualTo(200);
    assertThat(vi.html())
        .contains("Vui lòng sửa các mục sau:")
        .contains("Tuổi (năm): phải là số nguyên từ 0 đến 120")
        .contains("Số người trong hộ: phải là số nguyên từ 1 đến 30")
        .contains("Tháng tính: phải từ 2021-07 đến 2030-12")
        .doesNotContain("id=\"result\"");
    assertThat(vi.html()).containsPattern("id=\"f-age\"[^>]*aria-invalid=\"true\"");

    web.get("/screener?lang=en");
    Page en = web.post("/screener", form, true);
    assertThat(en.html())
        .contains("Age (years): must be a whole number from 0 to 120")
        .contains("People in the household: must be a whole number from 1 to 30");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() {
    WebClient web = new WebClient(port);
    web.get("/screener");
    assertThat(web.post("/screener", employee(), false).status()).isEqualTo(403);
  }

  /** An answer with every explanation is a few hundred kilobytes: sent compressed when accepted. */
  @Test
  void anAnswerIsSentCompressedToABrowserThatAcceptsIt() throws Exception {
    HttpResponse<byte[]> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/screener" + query()))
                    .header("Accept-Encoding", "gzip")
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] html =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))
            .readAllBytes();
    assertThat(new String(html, StandardCharsets.UTF_8))
        .contains("data-variable=\"si_employee_contribution\"");
    assertThat(r.body().length).isLessThan(html.length / 4);
  }

  private static String query() {
    StringBuilder query = new StringBuilder();
    employee()
        .forEach(
            (k, v) ->
                query
                    .append(query.isEmpty() ? "?" : "&")
                    .append(k)
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return query.toString();
  }

  @Test
  void anHtmxRequestGetsOnlyTheScreenerPart() throws Exception {
    StringBuilder query = new StringBuilder();
    employee()
        .forEach(
            (k, v) ->
                query
                    .append(query.isEmpty() ? "?" : "&")
                    .append(k)
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/screener" + query))
                    .header("HX-Request", "true")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().strip()).startsWith("<div id=\"screener\"").doesNotContain("<html");
    assertThat(r.body()).contains("data-variable=\"si_employee_contribution\"");
  }

  @Test
  void theFormOpensOnThisMonthInVietnam() {
    YearMonth before = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    String html = new WebClient(port).get("/screener").html();
    YearMonth after = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    assertThat(html)
        .containsAnyOf(
            "name=\"period\" type=\"month\" value=\"" + before + "\"",
            "name=\"period\" type=\"month\" value=\"" + after + "\"");
    assertThat(html).doesNotContain("id=\"result\"");
  }

  @Test
  void aSignedInUserMayScreenToo() {
    String analyst = TestAccounts.open(accounts, Role.ANALYST, null, null);
    WebClient web = new WebClient(port);
    web.signIn(analyst, TestAccounts.PASSWORD);
    web.get("/screener");
    Page page = web.post("/screener", employee(), true);

    assertThat(page.status()).isEqualTo(200);
    assertThat(amount(page, "si_employee_contribution")).isEqualTo("800.000 ₫");
  }

  /** The amount shown for the variable on its line. */
  private static String amount(Page page, String variable) {
    Matcher m =
        Pattern.compile(
                "data-variable=\"" + variable + "\"[^>]*>.*?<strong>([^<]+)</strong>",
                Pattern.DOTALL)
            .matcher(page.html());
    assertThat(m.find()).as("an amount for " + variable).isTrue();
    return m.group(1).strip();
  }

  /** The HTML of the element with this id, up to the next line. */
  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id).isPositive();
    int end = html.indexOf("<details class=\"line\"", start + 1);
    return html.substring(start, end < 0 ? html.length() : end);
  }
}
