package org.ansinh.server.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ansinh.simulation.access.BarChart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * New enrolments by month of their first valid day and scheme, as the registry records them
 * (records, not weighted persons): how enrolment moves, month by month.
 */
@Repository
class EnrolmentTrends {

  /** The schemes of the enrolment table, in its order, with their labels. */
  static final Map<String, String[]> SCHEMES = schemes();

  static final int MONTHS = 24; // not law: the window a dashboard shows

  /** One month: new enrolments by scheme. */
  record Month(LocalDate month, Map<String, Long> bySchemes) {
    /** "01/2026". */
    public String label() {
      return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    public long total() {
      return bySchemes.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private final JdbcClient jdbc;

  EnrolmentTrends(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The {@link #MONTHS} months up to {@code today}'s, those with any enrolment, oldest first. */
  List<Month> months(LocalDate today, Integer ward) {
    LocalDate from = today.withDayOfMonth(1).minusMonths(MONTHS - 1);
    Map<LocalDate, Map<String, Long>> counts = new TreeMap<>();
    jdbc.sql(
            "select date_trunc('month', e.valid_from)::date as month, e.scheme, count(*) as n"
                + " from enrolment e join person p on p.id = e.person_id"
                + " join household h on h.id = p.household_id"
                + " where e.valid_from >= ? and e.valid_from <= ?"
                + " and (?::integer is null or h.ward_code = ?)"
                + " group by 1, 2 order by 1, 2")
        .params(from, today, ward, ward)
        .query(
            rs -> {
              counts
                  .computeIfAbsent(rs.getDate("month").toLocalDate(), m -> new LinkedHashMap<>())
                  .put(rs.getString("scheme"), rs.getLong("n"));
            });
    List<Month> out = new ArrayList<>();
    counts.forEach((m, c) -> out.add(new Month(m, c)));
    return out;
  }

  /** One panel a scheme, a bar a month. */
  static String chart(List<Month> months) {
    BarChart chart =
        new BarChart(
            "Đăng ký mới theo tháng (hồ sơ) / New enrolments by month (records)",
            List.of("Hồ sơ / Records"),
            false,
            "%.0f");
    for (Map.Entry<String, String[]> scheme : SCHEMES.entrySet()) {
      List<String> labels = new ArrayList<>();
      List<double[]> values = new ArrayList<>();
      for (Month m : months) {
        Long n = m.bySchemes().get(scheme.getKey());
        if (n != null) {
          labels.add(m.label());
          values.add(new double[] {n});
        }
      }
      if (!labels.isEmpty()) {
        chart.panel(
            scheme.getValue()[0] + " / " + scheme.getValue()[1],
            labels,
            values.toArray(new double[0][]));
      }
    }
    return chart.toSvg();
  }

  /** The schemes' labels in one language, by scheme. */
  static Map<String, String> labels(boolean english) {
    Map<String, String> out = new LinkedHashMap<>();
    SCHEMES.forEach((k, v) -> out.put(k, english ? v[1] : v[0]));
    return out;
  }

  private static Map<String, String[]> schemes() {
    Map<String, String[]> m = new LinkedHashMap<>();
    m.put("COMPULSORY_SI", new String[] {"BHXH bắt buộc", "Compulsory social insurance"});
    m.put("VOLUNTARY_SI", new String[] {"BHXH tự nguyện", "Voluntary social insurance"});
    m.put("HEALTH_INSURANCE", new String[] {"Bảo hiểm y tế", "Health insurance"});
    m.put(
        "UNEMPLOYMENT_INSURANCE", new String[] {"Bảo hiểm thất nghiệp", "Unemployment insurance"});
    m.put(
        "SOCIAL_ALLOWANCE", new String[] {"Trợ cấp xã hội hằng tháng", "Monthly social allowance"});
    m.put("SOCIAL_PENSION", new String[] {"Trợ cấp hưu trí xã hội", "Social pension"});
    return java.util.Collections.unmodifiableMap(m);
  }
}
