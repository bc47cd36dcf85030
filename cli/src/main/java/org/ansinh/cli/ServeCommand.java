package org.ansinh.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the server on the registry database, without demo data. */
@Command(
    name = "serve",
    description = {
      "Start the AnSinh server: the registry (embedded PostgreSQL 17 under ./data, or",
      "ANSINH_DB_URL / ANSINH_DB_USER / ANSINH_DB_PASSWORD) and the API."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    return ServerRun.run(port, false, spec.commandLine().getOut());
  }
}
