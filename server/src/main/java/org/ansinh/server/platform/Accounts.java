package org.ansinh.server.platform;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts that may sign in (table {@code account}); passwords kept only as hashes. */
@Component
public class Accounts {

  /** What it takes to open an account; the password is hashed before it is stored. */
  public record NewAccount(
      String username,
      String password,
      String displayName,
      Role role,
      Integer wardCode,
      Long householdId) {}

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  /** Opens an account; the username must be new. */
  @Transactional
  public Actor create(NewAccount a) {
    Actor actor = new Actor(a.username(), a.role(), a.wardCode(), a.householdId());
    jdbc.sql(
            "insert into account (username, password_hash, role, ward_code, household_id,"
                + " display_name) values (?, ?, ?, ?, ?, ?)")
        .params(
            a.username(),
            passwords.encode(a.password()),
            a.role().name(),
            a.wardCode(),
            a.householdId(),
            a.displayName())
        .update();
    return actor;
  }

  public boolean exists(String username) {
    return jdbc.sql("select exists (select 1 from account where username = ?)")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  public boolean any() {
    return jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
  }

  /** The actor an enabled account signs in as. */
  public Optional<Actor> actor(String username) {
    return jdbc.sql(
            "select username, role, ward_code, household_id from account"
                + " where username = ? and enabled")
        .param(username)
        .query(
            (rs, n) ->
                new Actor(
                    rs.getString("username"),
                    Role.valueOf(rs.getString("role")),
                    (Integer) rs.getObject("ward_code"),
                    (Long) rs.getObject("household_id")))
        .optional();
  }
}
