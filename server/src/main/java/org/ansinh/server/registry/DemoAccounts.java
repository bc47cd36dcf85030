package org.ansinh.server.registry;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts, one per role, all with the password {@value #PASSWORD}: two ward officers
 * (the demo's two most populous wards, so one can be seen not to reach the other's records) and a
 * citizen of a household in the first. Opened after the demo city is loaded, on any start that
 * finds them missing; {@code ansinh demo} prints them.
 */
@Component
@ConditionalOnBooleanProperty("ansinh.demo.enabled")
@Order(2)
public class DemoAccounts implements ApplicationRunner {

  /** One demo account: how to sign in and what it may see. */
  public record DemoAccount(String username, String password, Role role, String scope) {}

  static final String PASSWORD = "demo";

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final List<DemoAccount> opened = new ArrayList<>();

  DemoAccounts(Accounts accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Integer> wards =
        jdbc.sql(
                "select ward_code from household where source = 'demo' group by ward_code"
                    + " order by count(*) desc, ward_code limit 2")
            .query(Integer.class)
            .list();
    if (wards.size() < 2) {
      log.warn("Demo accounts: the demo city has fewer than two wards; no ward accounts opened");
      return;
    }
    long household =
        jdbc.sql(
                "select min(h.id) from household h where h.ward_code = ? and h.source = 'demo'"
                    + " and exists (select 1 from person p where p.household_id = h.id)")
            .param(wards.get(0))
            .query(Long.class)
            .single();
    String ward1 = wardName(wards.get(0));
    String ward2 = wardName(wards.get(1));
    open("admin", "Quản trị viên", Role.ADMIN, null, null, "toàn thành phố / city-wide");
    open("lanhdao", "Lãnh đạo Sở", Role.LEADER, null, null, "toàn thành phố / city-wide");
    open(
        "phantich",
        "Chuyên viên phân tích",
        Role.ANALYST,
        null,
        null,
        "toàn thành phố, CCCD che / city-wide, IDs masked");
    open("thanhtra", "Thanh tra", Role.INSPECTOR, null, null, "chỉ xem / read-only");
    open("canbo", "Cán bộ " + ward1, Role.WARD_OFFICER, wards.get(0), null, ward1);
    open("canbo2", "Cán bộ " + ward2, Role.WARD_OFFICER, wards.get(1), null, ward2);
    open(
        "congdan",
        "Người dân",
        Role.CITIZEN,
        null,
        household,
        "hộ gia đình / household " + household);
  }

  private void open(
      String username, String name, Role role, Integer ward, Long household, String scope) {
    if (!accounts.exists(username)) {
      accounts.create(new Accounts.NewAccount(username, PASSWORD, name, role, ward, household));
    }
    opened.add(new DemoAccount(username, PASSWORD, role, scope));
  }

  private String wardName(int code) {
    return jdbc.sql("select name_vi from area where code = ?")
        .param(code)
        .query(String.class)
        .single();
  }

  /** The demo accounts, once the server has started. */
  public List<DemoAccount> list() {
    return List.copyOf(opened);
  }
}
