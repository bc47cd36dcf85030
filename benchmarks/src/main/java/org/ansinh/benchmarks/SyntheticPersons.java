package org.ansinh.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes N random but plausible persons, in households, as a CSV for {@code ansinh compute}:
 * realistic shapes (household sizes, ages by role, residence, work, wages), not a calibrated city —
 * that is the population generator's job. Deterministic for a seed.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.ansinh.benchmarks.SyntheticPersons
 * PERSONS FILE [SEED]}
 */
public final class SyntheticPersons {

  static final String HEADER =
      "household_id,role,birth_date,sex,residence_status,employment_status,labour_contract_months,"
          + "monthly_wage,workplace_region,si_contribution_months,ui_contribution_months,"
          + "ui_contribution_months_last_24,average_wage_last_6_months,voluntary_si_declared_income,"
          + "disability_level,has_pension,is_student,province,area_type,household_income_per_capita,"
          + "deprivation_count";

  private SyntheticPersons() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SyntheticPersons PERSONS FILE [SEED]");
      System.exit(2);
    }
    long persons = Long.parseLong(args[0].replace("_", ""));
    write(persons, Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
  }

  public static void write(long persons, Path file, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      long written = 0;
      long household = 0;
      StringBuilder row = new StringBuilder(256);
      while (written < persons) {
        int size = (int) Math.min(persons - written, householdSize(r));
        household++;
        String area = r.nextInt(100) < 80 ? "URBAN" : "RURAL";
        long income = 1_200_000L + (long) (Math.exp(r.nextDouble() * 2.6) * 800_000);
        int deprivations = r.nextInt(100) < 85 ? r.nextInt(2) : 2 + r.nextInt(3);
        String residence = residence(r);
        for (int k = 0; k < size; k++) {
          row.setLength(0);
          String role = k == 0 ? "head" : k == 1 && size > 2 ? "spouse" : k < 5 ? "child" : "other";
          int age =
              switch (role) {
                case "head", "spouse" -> 20 + r.nextInt(60);
                case "child" -> r.nextInt(25);
                default -> 55 + r.nextInt(35);
              };
          person(r, row, household, role, age, residence);
          row.append(",79,")
              .append(area)
              .append(',')
              .append(income / 1000 * 1000)
              .append(',')
              .append(deprivations);
          w.append(row).append('\n');
        }
        written += size;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void person(
      SplittableRandom r,
      StringBuilder row,
      long household,
      String role,
      int age,
      String residence) {
    String employment = employment(r, age);
    boolean employee = employment.equals("EMPLOYEE");
    int contract = employee && r.nextInt(100) < 70 ? new int[] {3, 12, 36, 999}[r.nextInt(4)] : 0;
    long wage =
        employee || employment.equals("SELF_EMPLOYED")
            ? 4_000_000L + r.nextInt(26) * 1_000_000L
            : 0;
    int siMonths = age >= 18 ? r.nextInt(Math.min(480, (age - 17) * 12)) : 0;
    int uiMonths = employee ? r.nextInt(Math.min(240, siMonths + 1)) : 0;
    boolean pension = employment.equals("RETIRED") && r.nextInt(100) < 40;
    long voluntary =
        employment.equals("SELF_EMPLOYED") && r.nextInt(100) < 15
            ? 1_500_000L + r.nextInt(40) * 100_000L
            : 0;
    row.append('H')
        .append(household)
        .append(',')
        .append(role)
        .append(',')
        .append(2026 - age)
        .append('-')
        .append(two(1 + r.nextInt(12)))
        .append('-')
        .append(two(1 + r.nextInt(28)))
        .append(',')
        .append(r.nextBoolean() ? "MALE" : "FEMALE")
        .append(',')
        .append(residence)
        .append(',')
        .append(employment)
        .append(',')
        .append(contract)
        .append(',')
        .append(wage)
        .append(',')
        .append(r.nextInt(100) < 85 ? 1 : 2)
        .append(',')
        .append(siMonths)
        .append(',')
        .append(uiMonths)
        .append(',')
        .append(Math.min(24, uiMonths))
        .append(',')
        .append(wage)
        .append(',')
        .append(voluntary)
        .append(',')
        .append(
            r.nextInt(100) < 96
                ? "NONE"
                : new String[] {"MILD", "SEVERE", "EXTREMELY_SEVERE"}[r.nextInt(3)])
        .append(',')
        .append(pension ? 1 : 0)
        .append(',')
        .append(employment.equals("STUDENT") ? 1 : 0);
  }

  private static int householdSize(SplittableRandom r) {
    int x = r.nextInt(100);
    return x < 13 ? 1 : x < 33 ? 2 : x < 58 ? 3 : x < 80 ? 4 : x < 92 ? 5 : 6;
  }

  private static String residence(SplittableRandom r) {
    int x = r.nextInt(100);
    return x < 64 ? "PERMANENT" : x < 94 ? "TEMPORARY" : "UNREGISTERED";
  }

  private static String employment(SplittableRandom r, int age) {
    if (age < 6) {
      return "INACTIVE";
    }
    if (age < 18) {
      return "STUDENT";
    }
    if (age >= 62) {
      return r.nextInt(100) < 70 ? "RETIRED" : "INACTIVE";
    }
    int x = r.nextInt(100);
    return x < 45
        ? "EMPLOYEE"
        : x < 75
            ? "SELF_EMPLOYED"
            : x < 80
                ? "FAMILY_WORKER"
                : x < 83 ? "UNEMPLOYED" : x < 88 && age < 25 ? "STUDENT" : "INACTIVE";
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
