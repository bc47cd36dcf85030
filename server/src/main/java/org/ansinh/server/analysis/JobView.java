package org.ansinh.server.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job as the API shows it: status, progress and what it is doing (in both languages), timings,
 * and links to its results.
 *
 * @param request what was asked, as checked
 * @param secondsQueued time spent in the queue; null before it starts
 * @param secondsRunning time spent running; null before it ends
 */
record JobView(
    long id,
    String kind,
    String status,
    int progress,
    String stage,
    String stageVi,
    String stageEn,
    Map<String, Object> request,
    String requestedBy,
    Integer persons,
    Integer households,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    Double secondsQueued,
    Double secondsRunning,
    String self,
    List<Link> results) {

  /** One result: its name, format and where to download it. */
  record Link(String name, String format, String href) {}

  @SuppressWarnings("unchecked")
  static JobView of(Job j, String base, JsonMapper json) {
    String self = base + "/" + j.id();
    return new JobView(
        j.id(),
        j.kind(),
        j.status().name(),
        j.progress(),
        j.stage().code(),
        j.stage().label("vi"),
        j.stage().label("en"),
        json.readValue(j.request(), Map.class),
        j.requestedBy(),
        j.persons(),
        j.households(),
        j.error(),
        j.createdAt(),
        j.startedAt(),
        j.finishedAt(),
        j.queued() == null ? null : j.queued().toMillis() / 1000.0,
        j.running() == null ? null : j.running().toMillis() / 1000.0,
        self,
        j.results().stream()
            .map(
                name ->
                    new Link(
                        name, name.substring(name.lastIndexOf('.') + 1), self + "/results/" + name))
            .toList());
  }
}
