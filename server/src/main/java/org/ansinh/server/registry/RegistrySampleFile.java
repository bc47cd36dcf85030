package org.ansinh.server.registry;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.person.Sex;
import org.ansinh.simulation.population.PersonInputCells;
import org.ansinh.simulation.population.SyntheticPopulation;

/**
 * Writes a synthetic population as a registry import file (CSV): one row a person with their
 * household's fields, names and national IDs drawn as the demo city's are. What the bulk import is
 * measured on ({@code ansinh generate --registry}, docs/benchmarks.md). The national IDs follow the
 * demo's scheme, so import such a file into a registry without the demo city.
 */
public final class RegistrySampleFile {

  static final String HEADER =
      "household_code,ward_code,province,area_type,household_income_per_capita,deprivation_count,"
          + "role,national_id,full_name,is_migrant,"
          + String.join(",", PersonInputCells.NAMES)
          + ",months_worked_in_year,registered_in_social_registry";

  private RegistrySampleFile() {}

  /** Writes the file whole or not at all (a temporary file renamed at the end). */
  public static void write(SyntheticPopulation p, long seed, Path target) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      PersonInputCells cells = new PersonInputCells();
      SyntheticNames names = new SyntheticNames(seed);
      String[] area = PersonInputCells.names(AreaType.values());
      StringBuilder row = new StringBuilder(512);
      String family = null;
      int current = -1;
      for (int i = 0; i < p.persons; i++) {
        int h = p.household[i];
        if (h != current) {
          current = h;
          family = names.family();
        }
        boolean female = p.sex[i] == Sex.FEMALE.ordinal();
        LocalDate birth = LocalDate.ofEpochDay(p.birthDate[i]);
        String role = PersonInputCells.role(p, i);
        row.append("MAU-")
            .append(p.city.provinceCode())
            .append('-')
            .append(h + 1)
            .append(',')
            .append(p.wardCode[h])
            .append(',')
            .append(p.city.provinceCode())
            .append(',')
            .append(area[p.areaType[h]])
            .append(',')
            .append(p.incomePerCapita[h])
            .append(',')
            .append(p.deprivations[h])
            .append(',')
            .append(role)
            .append(',')
            .append(SyntheticNames.nationalId(p.city.provinceCode(), birth.getYear(), female, i))
            .append(',')
            .append(names.fullName(role.equals("spouse") ? names.family() : family, female))
            .append(',')
            .append(p.migrant[i] ? 1 : 0)
            .append(',');
        cells.append(p, i, row);
        row.append(',')
            .append(p.monthsWorked[i])
            .append(',')
            .append(p.registeredInSocialRegistry[i] ? 1 : 0)
            .append('\n');
        out.write(row.toString().getBytes(StandardCharsets.UTF_8));
        row.setLength(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
