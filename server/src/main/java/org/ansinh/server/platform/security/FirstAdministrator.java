package org.ansinh.server.platform.security;

import java.security.SecureRandom;
import java.util.Optional;
import org.ansinh.server.platform.Accounts;
import org.ansinh.server.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A registry with no account yet gets one administrator, {@code admin}, so somebody can sign in:
 * with the password {@code ANSINH_ADMIN_PASSWORD} gives, or a random one shown once on the console
 * ({@link #generatedPassword()}) and never stored in clear. The demo opens its own accounts.
 */
@Component
@Order(10)
public class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Accounts accounts;
  private final String configuredPassword;
  private final boolean demo;
  private String generated;

  FirstAdministrator(
      Accounts accounts,
      @Value("${ansinh.admin.password:}") String configuredPassword,
      @Value("${ansinh.demo.enabled:false}") boolean demo) {
    this.accounts = accounts;
    this.configuredPassword = configuredPassword;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo || accounts.any()) {
      return;
    }
    String password = configuredPassword;
    if (password.isBlank()) {
      SecureRandom random = new SecureRandom();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      password = b.toString();
      generated = password;
    }
    accounts.create(
        new Accounts.NewAccount("admin", password, "Quản trị viên", Role.ADMIN, null, null));
    log.info("First start: account 'admin' opened");
  }

  /** The password generated for {@code admin} on this first start, to show once. */
  public Optional<String> generatedPassword() {
    return Optional.ofNullable(generated);
  }
}
