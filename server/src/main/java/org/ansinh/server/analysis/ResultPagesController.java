package org.ansinh.server.analysis;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A job's results for the signed-in web app (the API answers the same under /api/v1/jobs). */
@Controller
@PreAuthorize("hasAnyRole('LEADER','ANALYST','ADMIN')")
class ResultPagesController {

  private final AnalysisPages pages;
  private final ResultDownloads downloads;

  ResultPagesController(AnalysisPages pages, ResultDownloads downloads) {
    this.pages = pages;
    this.downloads = downloads;
  }

  @GetMapping("/analysis/jobs/{id}/results/{name}")
  ResponseEntity<byte[]> result(@PathVariable long id, @PathVariable String name) {
    pages.analyst();
    return downloads.answer(pages.job(id), name);
  }
}
