package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The server commands' arguments. Booting the server itself is covered by the server module's
 * integration tests; here, what a user types.
 */
class ServerCommandsTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = AnSinhCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void serveAndDemoAreCommands() {
    run("--help");

    assertThat(out.toString()).contains("serve").contains("demo");
  }

  @Test
  void aPortThatIsNotANumberIsRefusedNamingTheOption() {
    assertThat(run("demo", "--port", "eighty")).isEqualTo(2);
    assertThat(err.toString()).contains("--port").contains("eighty");
  }

  @Test
  void demoSaysWhatItLoads() {
    run("help", "demo");

    assertThat(out.toString()).contains("Ho Chi Minh City").contains("--port");
  }
}
