package org.ansinh.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The server's packages are modules that use each other only as their package-info says. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(AnSinhServer.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }
}
