package org.ansinh.server.analysis;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes jobs, with their results, once they have ended longer ago than the retention ({@code
 * ansinh.jobs.retention}, 30 days unless set): results are aggregates, but they age, and they fill
 * the database. Runs every hour, by the platform's clock.
 */
@Component
@EnableScheduling
class JobRetention {

  private static final Logger log = LoggerFactory.getLogger(JobRetention.class);

  private final Jobs jobs;
  private final Clock clock;
  private final Duration retention;

  @Autowired
  JobRetention(
      Jobs jobs,
      ObjectProvider<Clock> clock,
      @Value("${ansinh.jobs.retention:30d}") Duration retention) {
    this(jobs, clock.getIfAvailable(Clock::systemUTC), retention);
  }

  JobRetention(Jobs jobs, Clock clock, Duration retention) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(
          "ansinh.jobs.retention must be positive, not " + retention);
    }
    this.jobs = jobs;
    this.clock = clock;
    this.retention = retention;
  }

  Duration retention() {
    return retention;
  }

  /** Every hour ({@code ansinh.jobs.retention-schedule}, a cron expression; "-" for never). */
  @Scheduled(cron = "${ansinh.jobs.retention-schedule:0 17 * * * *}")
  void scheduled() {
    deleteExpired();
  }

  /**
   * @return how many jobs were deleted
   */
  int deleteExpired() {
    int deleted = jobs.deleteEndedBefore(clock.instant().minus(retention));
    if (deleted > 0) {
      log.info("{} analysis job(s) older than {} deleted with their results", deleted, retention);
    }
    return deleted;
  }
}
