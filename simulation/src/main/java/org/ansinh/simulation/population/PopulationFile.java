package org.ansinh.simulation.population;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.person.Sex;

/**
 * Writes a population in the CSV layout {@code ansinh compute} reads: one row per person, {@code
 * household_id} and {@code role} first, then the law's inputs by name, then the population facts
 * (weight, ward, migrant, home province, enrolment, reach). CSV because the same fast reader serves
 * it, and any spreadsheet, pandas or DuckDB opens it; the header is the schema (every column is a
 * variable of the catalogue, {@code ./ansinh variables}). Written to a temporary file, moved into
 * place whole.
 */
public final class PopulationFile {

  static final String HEADER =
      "household_id,role,birth_date,sex,residence_status,employment_status,labour_contract_months,"
          + "monthly_wage,workplace_region,si_contribution_months,ui_contribution_months,"
          + "ui_contribution_months_last_24,average_wage_last_6_months,voluntary_si_declared_income,"
          + "disability_level,has_pension,is_student,is_migrant,enrolled_compulsory_si,"
          + "enrolled_voluntary_si,enrolled_ui,has_hi_card,receives_social_allowance,"
          + "receives_social_pension,months_worked_in_year,registered_in_social_registry,"
          + "home_province,received_vocational_training_support,has_preferential_loan,"
          + "attends_public_school,received_emergency_assistance,province,area_type,"
          + "household_income_per_capita,deprivation_count,ward_code,household_weight";

  private static final String[] ROLES = {"head", "spouse", "child", "other"};

  private PopulationFile() {}

  /** Rows formatted per block on every core, written in order: the file is the same either way. */
  private static final int BLOCK_PERSONS = 1 << 16; // not law: a block's size, for memory only

  public static void write(SyntheticPopulation p, Path target) {
    Path tmp = target.resolveSibling(target.getFileName() + ".part");
    Names names = new Names();
    int blocks = (p.persons + BLOCK_PERSONS - 1) / BLOCK_PERSONS;
    int batch = 2 * Runtime.getRuntime().availableProcessors();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
      for (int first = 0; first < blocks; first += batch) {
        List<byte[]> formatted =
            IntStream.range(first, Math.min(blocks, first + batch))
                .parallel()
                .mapToObj(b -> block(p, names, b))
                .toList();
        for (byte[] bytes : formatted) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": " + e.getMessage(), e);
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
    for (int i = from; i < to; i++) {
      int h = p.household[i];
      row.append(p.city.key())
          .append('-')
          .append(h + 1)
          .append(',')
          .append(ROLES[p.role[i]])
          .append(',')
          .append(LocalDate.ofEpochDay(p.birthDate[i]))
          .append(',')
          .append(n.sex[p.sex[i]])
          .append(',')
          .append(n.residence[p.residence[i]])
          .append(',')
          .append(n.employment[p.employment[i]])
          .append(',')
          .append(p.contractMonths[i])
          .append(',')
          .append(p.wage[i])
          .append(",1,")
          .append(p.siMonths[i])
          .append(',')
          .append(p.uiMonths[i])
          .append(',')
          .append(p.uiMonthsLast24[i])
          .append(',')
          .append(p.contractMonths[i] > 0 ? p.wage[i] : 0)
          .append(',')
          .append(p.voluntaryIncome[i])
          .append(',')
          .append(n.disability[p.disability[i]])
          .append(',')
          .append(bit(p.hasPension[i]))
          .append(',')
          .append(bit(p.isStudent[i]))
          .append(',')
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
          .append(p.city.provinceCode())
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
    }
    return row.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The enumerations' constant names, looked up by ordinal. */
  private static final class Names {
    final String[] sex = names(Sex.values());
    final String[] residence = names(ResidenceStatus.values());
    final String[] employment = names(EmploymentStatus.values());
    final String[] disability = names(DisabilityLevel.values());
    final String[] area = names(AreaType.values());
  }

  private static char bit(boolean b) {
    return b ? '1' : '0';
  }

  private static String[] names(Enum<?>[] values) {
    String[] names = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name();
    }
    return names;
  }
}
