package org.ansinh.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.ansinh.server.AnSinhServer;
import org.ansinh.server.platform.security.FirstAdministrator;
import org.ansinh.server.registry.DemoAccounts;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Starts the server, prints where to find it, and waits until it is stopped (Ctrl-C). */
final class ServerRun {

  private ServerRun() {}

  static int run(int port, boolean demo, PrintWriter out) throws InterruptedException {
    long t0 = System.nanoTime();
    ConfigurableApplicationContext context;
    try {
      context = AnSinhServer.start(port, demo);
    } catch (RuntimeException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof PortInUseException) {
          throw new IllegalArgumentException(
              "port " + port + " is in use; choose another with --port N", e);
        }
      }
      throw e;
    }
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    String url = "http://localhost:" + AnSinhServer.port(context);
    out.printf(
        "%nAnSinh đang chạy tại / is running at %s  (%.1f s)%n"
            + "  Web:        %s  (đăng nhập / sign in: %s/login)%n"
            + "  API:        %s/swagger-ui.html  (OpenAPI: %s/v3/api-docs)%n"
            + "  Health:     %s/actuator/health%n"
            + "  Metrics:    %s/actuator/prometheus%n"
            + "  Dừng / stop: Ctrl-C%n",
        url, (System.nanoTime() - t0) / 1e9, url, url, url, url, url, url);
    printAccounts(context, out);
    out.flush();
    closed.await();
    return 0;
  }

  /** The demo's accounts, or the first administrator's generated password, shown once. */
  private static void printAccounts(ConfigurableApplicationContext context, PrintWriter out) {
    context
        .getBeanProvider(DemoAccounts.class)
        .ifAvailable(
            demo -> {
              out.printf("%nTài khoản thử / demo accounts (mật khẩu / password: demo):%n");
              for (DemoAccounts.DemoAccount a : demo.list()) {
                out.printf(
                    "  %-9s %-40s %s%n",
                    a.username(), a.role().labelVi() + " / " + a.role().labelEn(), a.scope());
              }
            });
    context
        .getBean(FirstAdministrator.class)
        .generatedPassword()
        .ifPresent(
            p ->
                out.printf(
                    "%nLần đầu khởi động / first start: account 'admin', password %s"
                        + " (shown once; set ANSINH_ADMIN_PASSWORD to choose it)%n",
                    p));
  }
}
