package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The server commands' arguments. Booting the server itself is covered by the server module's
 * integration tests; here, what a user types.
 */
class ServerCommandsTests {

  private final CommandRun command = new CommandRun();

  private int run(String... args) {
    return command.run(args);
  }

  @Test
  void serveAndDemoAreCommands() {
    run("--help");

    assertThat(command.out()).contains("serve").contains("demo");
  }

  @Test
  void aPortThatIsNotANumberIsRefusedNamingTheOption() {
    assertThat(run("demo", "--port", "eighty")).isEqualTo(2);
    assertThat(command.err()).contains("--port").contains("eighty");
  }

  @Test
  void demoSaysWhatItLoads() {
    run("help", "demo");

    assertThat(command.out()).contains("Ho Chi Minh City").contains("--port");
  }
}
