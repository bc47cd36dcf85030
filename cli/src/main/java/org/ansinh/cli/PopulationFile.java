package org.ansinh.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.CsvFormatException;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;

/**
 * Reads a population CSV for the analysis commands, with progress on stderr. A missing file is
 * named; a bad cell is named by the reader (file, row, column). Households and persons are
 * numbered, their identifiers not kept: the analyses print none.
 */
final class PopulationFile {

  private PopulationFile() {}

  /**
   * @param needed the variables the analysis may read ({@code AccessAnalysis.inputsRead}): the
   *     file's other columns are left unread
   */
  static Population read(
      Path file, Legislation legislation, Period period, Set<String> needed, Progress progress)
      throws IOException {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read population file " + file);
    }
    long size = Files.size(file);
    try {
      // access and simulate print tables by group and ward, never a household or person id
      return new PopulationCsvReader(
              legislation, period, Runtime.getRuntime().availableProcessors())
          .withoutIds()
          .readingOnly(needed)
          .read(file, bytes -> progress.show("reading " + file.getFileName(), bytes, size));
    } catch (CsvFormatException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(
          message.contains(file.toString()) ? message : "population file " + file + ": " + message,
          e);
    }
  }
}
