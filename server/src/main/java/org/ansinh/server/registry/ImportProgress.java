package org.ansinh.server.registry;

/**
 * Told what a long import is doing: a stage's name (English, for logs and the command line) and the
 * rows or records it has done so far. The API and the web page pass {@link #NONE}.
 */
@FunctionalInterface
public interface ImportProgress {

  /** Tells nobody. */
  ImportProgress NONE = (stage, done) -> {};

  /** The rows read (or records written) so far in a stage. */
  void stage(String stage, long done);
}
