package org.ansinh.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr, redrawn at most every half second; silent when asked. With the system
 * property {@code ansinh.timings=true}, it also prints when each stage starts, in seconds since the
 * JVM started, quiet or not: a wall-clock breakdown of a run (docs/benchmarks.md).
 */
final class Progress {

  private static final boolean TIMINGS = Boolean.getBoolean("ansinh.timings");

  private final PrintWriter err;
  private final boolean quiet;
  private long lastShown;
  private String stage;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  synchronized void show(String what, long done, long total) {
    mark(what);
    long now = System.nanoTime();
    if (quiet || now - lastShown < 500_000_000L) {
      return;
    }
    lastShown = now;
    int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    err.print("\r" + what + " " + pct + "%   ");
    err.flush();
  }

  /** With {@code ansinh.timings}: the time a stage starts, once per stage. */
  synchronized void mark(String what) {
    if (TIMINGS && !what.equals(stage)) {
      stage = what;
      double s = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
      err.printf("%n[timings] %7.2f s  %s%n", s, what);
      err.flush();
    }
  }

  synchronized void done(String summary) {
    mark("done");
    if (!quiet) {
      err.println("\r" + summary);
      err.flush();
    }
  }
}
