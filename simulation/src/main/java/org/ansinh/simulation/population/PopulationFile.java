package org.ansinh.simulation.population;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceGroup;

/**
 * Writes a population in the CSV layout {@code ansinh compute} reads: one row per person, {@code
 * household_id} and {@code role} first, then the law's inputs by name, then the population facts
 * (weight, ward, migrant, home province, enrolment, reach, and the facts only a reform or the
 * declared social assistance groups read: orphans, disadvantaged students; unemployment benefit
 * decisions). CSV because the same fast reader serves it, and any spreadsheet, pandas or DuckDB
 * opens it; the header is the schema (every column is a variable of the catalogue, {@code ./ansinh
 * variables}). Written to a temporary file, moved into place whole.
 */
public final class PopulationFile {

  static final String HEADER =
      "household_id,role,"
          + String.join(",", PersonInputCells.NAMES)
          + ",is_migrant,enrolled_compulsory_si,"
          + "enrolled_voluntary_si,enrolled_ui,has_hi_card,receives_social_allowance,"
          + "receives_social_pension,months_worked_in_year,registered_in_social_registry,"
          + "home_province,received_vocational_training_support,has_preferential_loan,"
          + "attends_public_school,received_emergency_assistance,social_assistance_group,is_orphan,"
          + "disadvantaged_student,ui_benefit_decision_in_year,province,area_type,"
          + "household_income_per_capita,deprivation_count,ward_code,household_weight";

  private PopulationFile() {}

  /**
   * Rows formatted per block on every core, written in order by this thread while the next blocks
   * are formatted: the file is the same either way.
   */
  private static final int BLOCK_PERSONS = 1 << 13; // not law: a block's size, for memory only

  public static void write(SyntheticPopulation p, Path target) {
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    Names names = new Names();
    int blocks = (p.persons + BLOCK_PERSONS - 1) / BLOCK_PERSONS;
    int cores = Runtime.getRuntime().availableProcessors();
    int ahead = 8 * cores; // blocks formatted ahead of the writer: bounds the memory held
    ExecutorService formatters = Executors.newFixedThreadPool(cores);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
      ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
      int next = 0;
      while (next < blocks || !pending.isEmpty()) {
        while (next < blocks && pending.size() < ahead) {
          int b = next++;
          pending.add(formatters.submit(() -> block(p, names, b)));
        }
        out.write(pending.poll().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(target + ": interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(target + ": " + e.getCause().getMessage(), e.getCause());
    } finally {
      formatters.shutdownNow();
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
    }
  }

  /** Every cell is ASCII: codes, enumeration names, numbers and ISO dates. */
  private static byte[] block(SyntheticPopulation p, Names n, int b) {
    int from = b * BLOCK_PERSONS;
    int to = Math.min(p.persons, from + BLOCK_PERSONS);
    StringBuilder row = new StringBuilder(320 * (to - from));
    StringBuilder tail = new StringBuilder(64);
    int tailOf = -1;
    for (int i = from; i < to; i++) {
      int h = p.household[i];
      row.append(p.city.key())
          .append('-')
          .append(h + 1)
          .append(',')
          .append(PersonInputCells.role(p, i))
          .append(',');
      n.cells.append(p, i, row);
      row.append(',')
          .append(bit(p.migrant[i]))
          .append(',')
          .append(bit(p.enrolledCompulsorySi[i]))
          .append(',')
          .append(bit(p.enrolledVoluntarySi[i]))
          .append(',')
          .append(bit(p.enrolledUi[i]))
          .append(',')
          .append(bit(p.hasHiCard[i]))
          .append(',')
          .append(bit(p.receivesSocialAllowance[i]))
          .append(',')
          .append(bit(p.receivesSocialPension[i]))
          .append(',')
          .append(p.monthsWorked[i])
          .append(',')
          .append(bit(p.registeredInSocialRegistry[i]))
          .append(',')
          .append(p.homeProvince[i])
          .append(',')
          .append(bit(p.receivedTrainingSupport[i]))
          .append(',')
          .append(bit(p.hasPreferentialLoan[i]))
          .append(',')
          .append(bit(p.attendsPublicSchool[i]))
          .append(',')
          .append(bit(p.receivedEmergencyAssistance[i]))
          .append(',')
          .append(n.assistance[p.socialAssistanceGroup[i]])
          .append(',')
          .append(bit(p.isOrphan[i]))
          .append(',')
          .append(bit(p.disadvantagedStudent[i]))
          .append(',')
          .append(bit(p.uiBenefitDecision[i]))
          .append(',');
      if (h != tailOf) {
        // The household's cells, formatted once for all its members (the weight is a double)
        tail.setLength(0);
        tail.append(p.city.provinceCode())
            .append(',')
            .append(n.area[p.areaType[h]])
            .append(',')
            .append(p.incomePerCapita[h])
            .append(',')
            .append(p.deprivations[h])
            .append(',')
            .append(p.wardCode[h])
            .append(',')
            .append(p.weight[h])
            .append('\n');
        tailOf = h;
      }
      row.append(tail);
    }
    return row.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The cell writers, made once per file. */
  private static final class Names {
    final PersonInputCells cells = new PersonInputCells();
    final String[] area = PersonInputCells.names(AreaType.values());
    final String[] assistance = PersonInputCells.names(SocialAssistanceGroup.values());
  }

  private static char bit(boolean b) {
    return PersonInputCells.bit(b);
  }
}
