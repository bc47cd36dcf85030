package org.ansinh.server.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.ansinh.server.platform.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's result file as an HTTP answer, the same for the API and for the web pages. Tables and
 * documents are the files the job stored; charts are drawn from its JSON in the reader's language.
 */
@Component
class ResultDownloads {

  private final Jobs jobs;
  private final JsonMapper json;

  ResultDownloads(Jobs jobs, JsonMapper json) {
    this.jobs = jobs;
    this.json = json;
  }

  ResponseEntity<byte[]> answer(Job job, String name, Locale reader) {
    ResultFile f =
        (job.status() == Job.Status.DONE && ResultCharts.names(job.kind()).contains(name)
                ? chart(job, name, reader)
                : jobs.result(job.id(), name))
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
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(f.mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    if (f.format().equals("svg")) {
      answer.header(HttpHeaders.CONTENT_LANGUAGE, language(reader));
    }
    return answer.body(f.content());
  }

  private java.util.Optional<ResultFile> chart(Job job, String name, Locale reader) {
    ResultCharts charts = new ResultCharts(reader, jobs.wardNames(language(reader)));
    boolean access = job.kind().equals("access");
    return jobs.result(job.id(), access ? AccessResult.JSON_FILE : ReformResult.JSON_FILE)
        .map(
            stored ->
                access
                    ? charts.access(name, json.readValue(stored.content(), AccessResult.class))
                    : charts.reform(name, json.readValue(stored.content(), ReformResult.class)))
        .map(svg -> ResultFile.text(name, ResultFile.SVG, svg));
  }

  private static String language(Locale reader) {
    return "en".equals(reader.getLanguage()) ? "en" : "vi";
  }
}
