package org.ansinh.server.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code /api/v1/registry/export} and {@code /template}: files in the import's format. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Registry import and export")
class ExportController {

  private final RegistryExport export;
  private final CurrentActor actor;

  ExportController(RegistryExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @Operation(
      summary = "Export persons with their households, as CSV or XLSX",
      description = "Within the caller's scope; the file imports back unchanged.")
  @GetMapping("/export")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(defaultValue = "csv") String format,
      @RequestParam(required = false) Integer ward,
      @RequestParam(required = false) String householdCode) {
    RegistryExport.Format f = format(format);
    Actor a = actor.get();
    return ExportDownload.of(f, "registry", out -> export.export(a, f, ward, householdCode, out));
  }

  @Operation(summary = "An empty import file: the header (XLSX: with labels and a fields sheet)")
  @GetMapping("/template")
  ResponseEntity<StreamingResponseBody> template(
      @RequestParam(defaultValue = "xlsx") String format) {
    RegistryExport.Format f = format(format);
    return ExportDownload.of(f, "registry-template", out -> export.template(f, out));
  }

  private static RegistryExport.Format format(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" -> RegistryExport.Format.CSV;
      case "xlsx" -> RegistryExport.Format.XLSX;
      default ->
          throw new InvalidFieldException(
              "format", "Định dạng không hỗ trợ / Unsupported format", "csv or xlsx");
    };
  }
}
