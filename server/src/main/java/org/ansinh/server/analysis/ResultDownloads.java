package org.ansinh.server.analysis;

import java.nio.charset.StandardCharsets;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A job's result file as an HTTP answer, the same for the API and for the web pages. */
@Component
class ResultDownloads {

  private final Jobs jobs;

  ResultDownloads(Jobs jobs) {
    this.jobs = jobs;
  }

  ResponseEntity<byte[]> answer(Job job, String name) {
    ResultFile f =
        jobs.result(job.id(), name)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "name",
                        "job "
                            + job.id()
                            + " has no result '"
                            + name
                            + "'"
                            + (job.status().finished() ? "" : " yet: it is " + job.status())));
    // charts open in the browser; tables and documents download as files
    ContentDisposition disposition =
        (f.format().equals("svg") ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename("ansinh-job-" + job.id() + "-" + f.name(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(f.content());
  }
}
