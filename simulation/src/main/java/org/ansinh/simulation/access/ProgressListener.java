package org.ansinh.simulation.access;

/** Told how far a long run has gone: a stage's name, persons done and persons in all. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (stage, done, total) -> {};

  void progress(String stage, long done, long total);
}
