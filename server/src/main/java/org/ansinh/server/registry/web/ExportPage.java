package org.ansinh.server.registry.web;

import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.registry.ExportDownload;
import org.ansinh.server.registry.RegistryExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The export and template buttons of the registry's pages: the same files as the API's {@code
 * /api/v1/registry/export} and {@code /template} (written by {@link RegistryExport}, within the
 * reader's scope, national IDs masked for analysts), downloaded with the web app's session.
 */
@Controller
@PreAuthorize("hasAnyRole('WARD_OFFICER','LEADER','ANALYST','INSPECTOR','ADMIN')")
class ExportPage {

  private final RegistryExport export;
  private final CurrentActor current;

  ExportPage(RegistryExport export, CurrentActor current) {
    this.export = export;
    this.current = current;
  }

  @GetMapping("/registry/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) Integer ward) {
    RegistryExport.Format f = format(format);
    Actor actor = current.get();
    return ExportDownload.of(f, "registry", out -> export.export(actor, f, ward, null, out));
  }

  @GetMapping("/registry/template")
  ResponseEntity<StreamingResponseBody> template(
      @RequestParam(defaultValue = "xlsx") String format) {
    RegistryExport.Format f = format(format);
    return ExportDownload.of(f, "registry-template", out -> export.template(f, out));
  }

  /** The buttons name only csv and xlsx; anything else is the CSV. */
  private static RegistryExport.Format format(String format) {
    return "xlsx".equalsIgnoreCase(format) ? RegistryExport.Format.XLSX : RegistryExport.Format.CSV;
  }
}
