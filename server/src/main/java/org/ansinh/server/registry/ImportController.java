package org.ansinh.server.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/registry/imports}: upload a CSV or XLSX file, see its preview, commit it (all rows
 * in one transaction) or discard it.
 */
@RestController
@RequestMapping("/api/v1/registry/imports")
@Tag(name = "Registry import and export")
@PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
class ImportController {

  private final RegistryImport imports;
  private final ImportCommit commits;
  private final CurrentActor actor;

  ImportController(RegistryImport imports, ImportCommit commits, CurrentActor actor) {
    this.imports = imports;
    this.commits = commits;
    this.actor = actor;
  }

  @Operation(
      summary = "Upload a file and preview it",
      description =
          "Multipart field 'file': .csv or .xlsx, columns named as GET /api/v1/registry/fields"
              + " (one row a person with their household's fields). Nothing is written to the"
              + " registry until the import is committed.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportPreview> upload(
      @RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidFieldException("file", "Chưa chọn tệp / No file uploaded", ".csv or .xlsx");
    }
    try (InputStream in = file.getInputStream()) {
      ImportPreview p = imports.preview(actor.get(), file.getOriginalFilename(), in);
      return ResponseEntity.created(URI.create("/api/v1/registry/imports/" + p.id())).body(p);
    }
  }

  @Operation(
      summary = "The preview of an import awaiting commit",
      description =
          "Kept across a restart of the server. 410 (problem type import-expired) when the server"
              + " crashed after the upload and the checked rows were lost: upload the file again.")
  @GetMapping("/{id}")
  ImportPreview preview(@PathVariable long id) {
    return imports.find(actor.get(), id);
  }

  @Operation(
      summary = "Commit an import: every row or none",
      description =
          "Refused (400) while the file has errors; refused (409) when it has probable duplicates"
              + " unless confirm_probable_duplicates=true.")
  @PostMapping("/{id}/commit")
  ImportResult commit(
      @PathVariable long id,
      @RequestParam(name = "confirm_probable_duplicates", defaultValue = "false") boolean confirm) {
    return commits.commit(actor.get(), id, confirm);
  }

  @Operation(summary = "Discard an import awaiting commit")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> discard(@PathVariable long id) {
    imports.discard(actor.get(), id);
    return ResponseEntity.noContent().build();
  }
}
