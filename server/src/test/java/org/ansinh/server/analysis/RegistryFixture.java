package org.ansinh.server.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households, persons and enrolments a test writes into the shared registry, in a ward of Hanoi
 * (the demo city is Ho Chi Minh City's), and removes afterwards so other tests count only theirs.
 */
final class RegistryFixture {

  private final JdbcClient jdbc;
  private final List<Long> households = new ArrayList<>();
  final int ward;

  /** The {@code nth} ward of Hanoi by code: each test class takes its own. */
  RegistryFixture(JdbcClient jdbc, int nth) {
    this.jdbc = jdbc;
    this.ward =
        jdbc.sql("select code from area where province_code = 1 order by code offset ? limit 1")
            .param(nth)
            .query(Integer.class)
            .single();
  }

  long household(double weight, long incomePerCapita) {
    long id =
        jdbc.sql(
                "insert into household (code, ward_code, source, sample_weight, province, area_type,"
                    + " household_income_per_capita, deprivation_count) values (?, ?, 'registry',"
                    + " ?, 1, 'URBAN', ?, 0) returning id")
            .params("TEST-" + System.nanoTime(), ward, weight, incomePerCapita)
            .query(Long.class)
            .single();
    households.add(id);
    return id;
  }

  /** A person; {@code wage} 0 for none. */
  long person(
      long household,
      String role,
      LocalDate birth,
      String sex,
      String residence,
      String employment,
      int contractMonths,
      long wage) {
    return jdbc.sql(
            "insert into person (household_id, role, full_name, birth_date, sex, residence_status,"
                + " employment_status, labour_contract_months, monthly_wage, is_student)"
                + " values (?, ?, 'Người Thử', ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            household,
            role,
            birth,
            sex,
            residence,
            employment,
            contractMonths,
            wage,
            employment.equals("STUDENT"))
        .query(Long.class)
        .single();
  }

  void enrol(long person, String scheme, LocalDate from, LocalDate until) {
    jdbc.sql(
            "insert into enrolment (person_id, scheme, valid_from, valid_until) values (?, ?, ?, ?)")
        .params(person, scheme, from, until)
        .update();
  }

  void remove() {
    for (long h : households) {
      jdbc.sql(
              "delete from enrolment where person_id in (select id from person where household_id"
                  + " = ?)")
          .param(h)
          .update();
      jdbc.sql("delete from person where household_id = ?").param(h).update();
      jdbc.sql("delete from household where id = ?").param(h).update();
    }
    households.clear();
  }
}
