package org.ansinh.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the server on the registry database, without demo data. */
@Command(
    name = "serve",
    description = {
      "Start the AnSinh server: the registry (embedded PostgreSQL 17 under ./data, or",
      "ANSINH_DB_URL / ANSINH_DB_USER / ANSINH_DB_PASSWORD) and the API."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin PortOption port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    return ServerRun.run(port.port, false, spec.commandLine().getOut());
  }
}
