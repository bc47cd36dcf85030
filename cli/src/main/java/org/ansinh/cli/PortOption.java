package org.ansinh.cli;

import picocli.CommandLine.Option;

/** The HTTP port option the server commands share. */
final class PortOption {

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;
}
