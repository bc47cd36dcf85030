package org.ansinh.server.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A job as stored: what was asked, by whom, how far it got, and the names of its results.
 *
 * @param request the checked request as JSON ({@link JobSpec#describe()})
 */
record Job(
    long id,
    String kind,
    Status status,
    String requestedBy,
    String request,
    Integer wardCode,
    int progress,
    JobStage stage,
    Integer persons,
    Integer households,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    List<String> results) {

  /** A job waits in the queue, runs, then is done, has failed or was cancelled. */
  enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean finished() {
      return this != QUEUED && this != RUNNING;
    }
  }

  /** When the job and its results will be deleted: the retention after it finished; null before. */
  Instant expiresAt(Duration retention) {
    return finishedAt == null ? null : finishedAt.plus(retention);
  }

  /** Time spent waiting in the queue, or null before it starts. */
  Duration queued() {
    return startedAt == null ? null : Duration.between(createdAt, startedAt);
  }

  /** Time spent running, or null before it ends. */
  Duration running() {
    return startedAt == null || finishedAt == null ? null : Duration.between(startedAt, finishedAt);
  }
}
