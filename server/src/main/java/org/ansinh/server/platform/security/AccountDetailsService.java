package org.ansinh.server.platform.security;

import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds an enabled account by username for sign-in. */
@Component
class AccountDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  AccountDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public AccountPrincipal loadUserByUsername(String username) {
    return jdbc.sql(
            "select username, password_hash, role, ward_code, household_id, display_name"
                + " from account where username = ? and enabled")
        .param(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
        .query(
            (rs, n) ->
                new AccountPrincipal(
                    new Actor(
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")),
                        (Integer) rs.getObject("ward_code"),
                        (Long) rs.getObject("household_id")),
                    rs.getString("display_name"),
                    rs.getString("password_hash")))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("no such account"));
  }
}
