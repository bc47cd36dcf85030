package org.ansinh.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application; started by {@code ansinh serve} and {@code ansinh demo}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnSinhServer {

  /**
   * Starts the server and returns once it accepts requests (and, with {@code demo}, once the demo
   * city is in the registry).
   *
   * @param port HTTP port; 0 picks a free one
   * @param demo load the synthetic demo city on first start
   */
  public static ConfigurableApplicationContext start(int port, boolean demo, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--server.port=" + port);
    all.add("--ansinh.demo.enabled=" + demo);
    return SpringApplication.run(AnSinhServer.class, all.toArray(String[]::new));
  }

  /** The port the server listens on. */
  public static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  public static void main(String[] args) {
    SpringApplication.run(AnSinhServer.class, args);
  }
}
