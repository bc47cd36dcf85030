package org.ansinh.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The root command; exits with the subcommand's status. */
@Command(
    name = "ansinh",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // every subcommand answers --help
    version = "AnSinh 0.1.0",
    description = {
      "AnSinh — an sinh xã hội: Vietnam's social security law as code.",
      "Luật an sinh xã hội thành mã: tính quyền lợi, mức đóng, kèm căn cứ pháp lý."
    },
    subcommands = {
      TestCommand.class,
      ExplainCommand.class,
      ComputeCommand.class,
      GenerateCommand.class,
      CalibrationCommand.class,
      AccessCommand.class,
      ReformsCommand.class,
      SimulateCommand.class,
      ParametersCommand.class,
      VariablesCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AnSinhCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line: errors as one line on stderr, exit status 2. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AnSinhCommand());
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          command.getErr().println("ansinh: " + e.getMessage());
          if (System.getenv("ANSINH_DEBUG") != null) {
            e.printStackTrace(command.getErr());
          }
          return 2;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
