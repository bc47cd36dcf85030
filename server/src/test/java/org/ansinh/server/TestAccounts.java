package org.ansinh.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;

/**
 * Accounts for a test, each with a fresh name (tests share one database) and the password {@value
 * #PASSWORD}.
 */
public final class TestAccounts {

  public static final String PASSWORD = "test-password";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestAccounts() {}

  /** Opens an account of this role and returns its username. */
  public static String open(Accounts accounts, Role role, Integer ward, Long household) {
    String username =
        role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + "-"
            + NEXT.incrementAndGet()
            + "-"
            + System.nanoTime() % 100_000;
    accounts.create(
        new Accounts.NewAccount(
            username, PASSWORD, "Test " + role.labelEn(), role, ward, household));
    return username;
  }
}
