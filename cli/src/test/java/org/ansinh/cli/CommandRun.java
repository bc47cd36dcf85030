package org.ansinh.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The {@code ansinh} command run in-process, as a user types it, keeping all it printed. */
final class CommandRun {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs one command line; returns its exit code. Output accumulates across runs. */
  int run(String... args) {
    CommandLine cli = AnSinhCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }
}
