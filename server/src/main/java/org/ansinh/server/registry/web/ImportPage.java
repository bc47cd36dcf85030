package org.ansinh.server.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.platform.CurrentActor;
import org.ansinh.server.platform.InvalidFieldException;
import org.ansinh.server.registry.DuplicateRecordException;
import org.ansinh.server.registry.ImportCommit;
import org.ansinh.server.registry.ImportExpiredException;
import org.ansinh.server.registry.ImportPreview;
import org.ansinh.server.registry.ImportResult;
import org.ansinh.server.registry.RegistryField;
import org.ansinh.server.registry.RegistryFields;
import org.ansinh.server.registry.RegistryImport;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /registry/import}: upload a CSV or XLSX file, see its preview (rows, new and matching
 * records, every error naming its row and field, probable duplicates), then commit it all or
 * discard it. The reading, checking and writing are {@link RegistryImport}'s and {@link
 * ImportCommit}'s; a preview belongs to the officer who uploaded it. A preview lost in a restart
 * shows the upload form again, saying so (410).
 */
@Controller
@PreAuthorize("hasAnyRole('WARD_OFFICER','ADMIN')")
class ImportPage {

  private final RegistryImport imports;
  private final ImportCommit commits;
  private final RegistryFields fields;
  private final CurrentActor current;

  ImportPage(
      RegistryImport imports, ImportCommit commits, RegistryFields fields, CurrentActor current) {
    this.imports = imports;
    this.commits = commits;
    this.fields = fields;
    this.current = current;
  }

  @GetMapping("/registry/import")
  String upload(Model model) {
    return "registry/import";
  }

  @PostMapping("/registry/import")
  String preview(
      @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("noFile", true);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return "registry/import";
    }
    ImportPreview p;
    try (InputStream in = file.getInputStream()) {
      p = imports.preview(current.get(), file.getOriginalFilename(), in);
    }
    return "redirect:/registry/import/" + p.id();
  }

  @GetMapping("/registry/import/{id}")
  String shown(@PathVariable long id, Model model) {
    return preview(model, imports.find(current.get(), id));
  }

  @PostMapping("/registry/import/{id}/commit")
  String commit(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean confirm,
      Model model,
      HttpServletResponse response) {
    Actor actor = current.get();
    ImportPreview p = imports.find(actor, id);
    try {
      ImportResult result = commits.commit(actor, id, confirm);
      model.addAttribute("result", result);
      return "registry/import";
    } catch (DuplicateRecordException e) {
      model.addAttribute("confirmNeeded", true);
    } catch (InvalidFieldException e) {
      // Refused as a whole (the file has errors, or the registry changed since the preview).
      model.addAttribute("refused", e.getMessage());
    }
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    return preview(model, p);
  }

  @PostMapping("/registry/import/{id}/discard")
  String discard(@PathVariable long id) {
    imports.discard(current.get(), id);
    return "redirect:/registry/import?discarded";
  }

  private String preview(Model model, ImportPreview p) {
    Map<String, RegistryField> byName = new LinkedHashMap<>();
    for (RegistryField f : fields.all()) {
      byName.putIfAbsent(f.name(), f);
    }
    model.addAttribute("preview", p);
    model.addAttribute("fieldsByName", byName);
    return "registry/import";
  }

  /** Here rather than in an advice: the API's problem document would answer first. */
  @ExceptionHandler(ImportExpiredException.class)
  ModelAndView expired(ImportExpiredException e, Locale locale) {
    ModelAndView page = new ModelAndView("registry/import", HttpStatus.GONE);
    page.addObject("expired", e.id());
    page.addObject("en", "en".equals(locale.getLanguage()));
    return page;
  }
}
