package org.ansinh.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ansinh.server.AnSinhServer;
import org.ansinh.server.platform.Actor;
import org.ansinh.server.registry.FieldError;
import org.ansinh.server.registry.ImportCommit;
import org.ansinh.server.registry.ImportPreview;
import org.ansinh.server.registry.ImportProgress;
import org.ansinh.server.registry.ImportResult;
import org.ansinh.server.registry.RegistryImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports a CSV or XLSX file into the registry under ./data, as the API's import does: every row
 * checked, then all written in one transaction or nothing. Recorded in the change history as {@code
 * cli-import}.
 */
@Command(
    name = "import",
    // One line each, under picocli's 80 columns: a longer line is wrapped again mid-sentence.
    description = {
      "Import households and persons from a CSV or XLSX file into the registry",
      "under ./data (or $ANSINH_DATA_DIR). Every row is checked as the API checks it;",
      "then all rows are written in one transaction, or none if any row is wrong.",
      "Columns: GET /api/v1/registry/fields, or the template from",
      "GET /api/v1/registry/template."
    })
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "The .csv or .xlsx file")
  Path file;

  @Option(names = "--dry-run", description = "Check and preview only; write nothing")
  boolean dryRun;

  @Option(
      names = "--confirm-duplicates",
      description =
          "Write rows that are probable duplicates (same name and birth date in a household)")
  boolean confirmDuplicates;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // A million rows take a minute: each stage on stderr as it starts, rows read every 100,000.
    ImportProgress progress =
        (stage, done) -> {
          err.printf("  %s: %,d%n", stage, done);
          err.flush();
        };
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no file " + file);
    }
    Actor actor = Actor.system("cli-import");
    try (ConfigurableApplicationContext context = AnSinhServer.start(0, false)) {
      RegistryImport imports = context.getBean(RegistryImport.class);
      long t0 = System.nanoTime();
      ImportPreview p;
      try (InputStream in = Files.newInputStream(file)) {
        p = imports.preview(actor, file.getFileName().toString(), in, progress);
      }
      long t1 = System.nanoTime();
      out.printf(
          "%s: %,d rows read and checked in %.1f s — households %,d new, %,d existing; persons"
              + " %,d new, %,d existing; %,d errors, %,d probable duplicates%n",
          file.getFileName(),
          p.rows(),
          (t1 - t0) / 1e9,
          p.newHouseholds(),
          p.matchingHouseholds(),
          p.newPersons(),
          p.matchingPersons(),
          p.errorCount(),
          p.probableDuplicates().size());
      for (FieldError e : p.errors().subList(0, Math.min(20, p.errors().size()))) {
        out.printf("  dòng/row %d, %s: %s%n", e.row(), e.field(), e.message());
      }
      if (dryRun || !p.committable()) {
        imports.discard(actor, p.id());
        out.printf(p.committable() ? "Dry run: nothing written%n" : "Nothing written%n");
        out.flush();
        return p.committable() ? 0 : 1;
      }
      ImportResult r =
          context.getBean(ImportCommit.class).commit(actor, p.id(), confirmDuplicates, progress);
      long t2 = System.nanoTime();
      out.printf(
          "Written in %.1f s: households %,d created, %,d updated; persons %,d created, %,d"
              + " updated; %,d history rows. Total %.1f s%n",
          (t2 - t1) / 1e9,
          r.householdsCreated(),
          r.householdsUpdated(),
          r.personsCreated(),
          r.personsUpdated(),
          r.historyRows(),
          (t2 - t0) / 1e9);
      out.flush();
      return 0;
    }
  }
}
