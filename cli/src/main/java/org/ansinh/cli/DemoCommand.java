package org.ansinh.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the server with a synthetic Ho Chi Minh City in the registry. */
@Command(
    name = "demo",
    description = {
      "Start the AnSinh server with a demo city: on first start, a weighted synthetic sample of",
      "Ho Chi Minh City (about 150,000 persons over its 168 units) goes into the registry",
      "(embedded PostgreSQL 17, data kept under ./data)."
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin PortOption port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    return ServerRun.run(port.port, true, spec.commandLine().getOut());
  }
}
