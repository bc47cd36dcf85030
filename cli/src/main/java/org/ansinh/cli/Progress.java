package org.ansinh.cli;

import java.io.PrintWriter;

/** A progress line on stderr, redrawn at most every half second; silent when asked. */
final class Progress {

  private final PrintWriter err;
  private final boolean quiet;
  private long lastShown;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  synchronized void show(String what, long done, long total) {
    long now = System.nanoTime();
    if (quiet || now - lastShown < 500_000_000L) {
      return;
    }
    lastShown = now;
    int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    err.print("\r" + what + " " + pct + "%   ");
    err.flush();
  }

  synchronized void done(String summary) {
    if (!quiet) {
      err.println("\r" + summary);
      err.flush();
    }
  }
}
