package org.ansinh.server.analysis;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.simulation.Population;
import org.ansinh.server.registry.RegistrySnapshot;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.ProgressListener;
import org.ansinh.simulation.population.PopulationFacts;
import org.ansinh.simulation.reform.ReformComparison;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs jobs in the background on a small bounded executor: {@link #AT_ONCE} at a time (each already
 * computes on every core, so more would only share them), the rest waiting in a queue of {@link
 * #QUEUE} places; beyond that a request is refused rather than piling up. A job reads its snapshot
 * of the registry in one transaction, computes, and stores all its results or none. On start, jobs
 * a previous run left queued or running are marked failed.
 */
@Component
class JobRunner implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

  static final int AT_ONCE = 2; // not law: two cores on the machines it runs on
  static final int QUEUE = 20; // not law: jobs waiting before new ones are refused

  private final Jobs jobs;
  private final RegistrySnapshot snapshot;
  private final Legislation legislation;
  private final JsonMapper json;
  private final ThreadPoolExecutor executor;
  private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();

  JobRunner(Jobs jobs, RegistrySnapshot snapshot, Legislation legislation, JsonMapper json) {
    this.jobs = jobs;
    this.snapshot = snapshot;
    this.legislation = PopulationFacts.extend(legislation);
    this.json = json;
    AtomicInteger thread = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            AT_ONCE,
            AT_ONCE,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "analysis-job-" + thread.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public void run(ApplicationArguments args) {
    int failed = jobs.failInterrupted();
    if (failed > 0) {
      log.warn("{} analysis job(s) interrupted by the last stop marked failed", failed);
    }
  }

  /** Queues the job; returns its id. Refuses (503) when the queue is full. */
  long submit(JobSpec spec, String requestedBy) {
    long id = jobs.queue(spec, requestedBy, json.writeValueAsString(spec.describe()));
    try {
      executor.execute(() -> run(id, spec));
    } catch (RejectedExecutionException e) {
      jobs.fail(id, "Hàng đợi đầy / the queue is full");
      throw new ResponseStatusException(
          HttpStatus.SERVICE_UNAVAILABLE,
          "the job queue is full (" + QUEUE + " waiting); try again when a job has finished");
    }
    log.info("Analysis job {} ({}) queued by an account", id, spec.kind().code());
    return id;
  }

  /**
   * Cancels a queued or running job: marked cancelled now; a queued one never starts, a running one
   * stops at its next stage or chunk of persons and stores nothing. False when it had already
   * ended.
   */
  boolean cancel(long id) {
    cancelled.add(id);
    boolean stopped = jobs.cancel(id);
    if (stopped) {
      log.info("Analysis job {} cancelled", id);
    } else {
      cancelled.remove(id);
    }
    return stopped;
  }

  private void run(long id, JobSpec spec) {
    long t0 = System.nanoTime();
    try {
      if (!jobs.start(id)) {
        return; // cancelled while it waited
      }
      Population population = snapshot.readWithFacts(spec.period(), spec.ward());
      stopIfCancelled(id);
      jobs.size(id, population.personCount(), population.groupCount());
      long read = System.nanoTime();
      if (population.personCount() == 0) {
        throw new IllegalStateException(
            "Không có ai trong sổ đăng ký / nobody in the registry"
                + (spec.ward() == null ? "" : " of ward " + spec.ward()));
      }
      jobs.progress(id, JobStage.LAW, JobStage.LAW.progress(0, 1));
      ProgressListener progress = listener(id);
      List<ResultFile> files =
          switch (spec.kind()) {
            case ACCESS -> access(spec, population, progress).files(json);
            case REFORM -> reform(spec, population, progress).files(json);
          };
      if (!jobs.finish(id, files)) {
        throw new JobCancelledException();
      }
      log.info(
          "Analysis job {} done: {} persons in {} s (snapshot read in {} s)",
          id,
          population.personCount(),
          String.format("%.1f", (System.nanoTime() - t0) / 1e9),
          String.format("%.1f", (read - t0) / 1e9));
    } catch (RuntimeException | OutOfMemoryError e) {
      // a cancelled job stops by an exception from its progress listener, maybe wrapped by the
      // chunk threads it was thrown on: the cancellation, not the exception, says what happened
      if (cancelled.contains(id)) {
        log.info("Analysis job {} stopped after its cancellation", id);
      } else {
        log.error("Analysis job {} failed", id, e);
        jobs.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    } finally {
      cancelled.remove(id);
    }
  }

  private void stopIfCancelled(long id) {
    if (cancelled.contains(id)) {
      throw new JobCancelledException();
    }
  }

  /** Unwinds a cancelled job's computation at the next stage or chunk boundary. */
  static final class JobCancelledException extends RuntimeException {
    JobCancelledException() {
      super("cancelled", null, false, false);
    }
  }

  private AccessResult access(JobSpec spec, Population population, ProgressListener progress) {
    AccessAnalysis.Result r = AccessAnalysis.run(population, legislation, spec.period(), progress);
    progress.progress("tables", 0, 1);
    return new AccessResult(
        spec.period().toString(),
        spec.ward(),
        population.personCount(),
        population.groupCount(),
        spec.by(),
        AccessTable.of(r, spec.by()).stream().map(AccessFigure::of).toList(),
        AccessTable.of(r, List.of("ward")).stream().map(AccessFigure::of).toList());
  }

  private ReformResult reform(JobSpec spec, Population population, ProgressListener progress) {
    var reform = spec.buildReform();
    ReformComparison comparison =
        ReformComparison.run(population, legislation, reform, spec.period(), progress);
    progress.progress("tables", 0, 1);
    ReformComparison.Report report = comparison.report(spec.by());
    return new ReformResult(
        spec.reform(),
        reform.titleVi(),
        reform.titleEn(),
        spec.settings(),
        spec.period().toString(),
        spec.ward(),
        population.personCount(),
        population.groupCount(),
        spec.by(),
        ReformResult.NOTE,
        report.byGroup().stream().map(ReformFigure::of).toList(),
        report.byWard().stream().map(ReformFigure::of).toList(),
        report.winnersAndLosers());
  }

  /**
   * Progress written when the job's percentage changes, not on every chunk of persons; where a
   * cancelled job stops (the analyses call it at each stage and after each chunk).
   */
  ProgressListener listener(long id) {
    AtomicInteger shown = new AtomicInteger(-1);
    return (stage, done, total) -> {
      stopIfCancelled(id);
      JobStage s = JobStage.ofAnalysis(stage);
      int pct = s.progress(done, total);
      int before = shown.get();
      if (pct != before && shown.compareAndSet(before, pct)) {
        jobs.progress(id, s, pct);
      }
    };
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
