package org.ansinh.simulation.population;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.simulation.area.Area;
import org.ansinh.simulation.area.AreaType;
import org.ansinh.simulation.area.Areas;

/**
 * Draws a city's households and persons from its {@link Shapes}, deterministically for a seed.
 *
 * <p>The joint structure the studies turn on is drawn, not left independent: migrant households are
 * smaller and younger, live without permanent registration, hold written contracts less often (so
 * work informally more often) and lack more basic services; a migrant household without a formal
 * worker is unregistered more often (employers declare their workers' residence). Who is enrolled
 * and reached is drawn afterwards, through the law's own rules ({@link TakeUp}, {@link Reach}).
 * Households go to units in proportion to the number of former wards and communes each absorbed (no
 * public population per new unit exists). Weights start equal and are raked to the published
 * targets afterwards ({@code org.ansinh.simulation.calibration}).
 */
public final class PopulationGenerator {

  private static final byte HEAD = 0;
  private static final byte SPOUSE = 1;
  private static final byte CHILD = 2;
  private static final byte OTHER = 3;

  private final City city;
  private final Shapes shapes;
  private final List<Area> areas;
  private final double[] areaCumulative;
  private final LocalDate reference;

  /** The day {@code age} years before the reference (epoch day), asked once per person drawn. */
  private final long[] birthdays = new long[130];

  /** Household sizes of local and migrant households, once asked. */
  private final double[][] householdSizes = new double[2][];

  private final Shapes.Weights homeProvinces;

  /**
   * @param reference the first day of the month the population describes (ages are counted to it)
   */
  public PopulationGenerator(City city, LocalDate reference) {
    this.city = city;
    this.shapes = Shapes.of(city);
    this.areas = Areas.load(city.areaFile());
    this.reference = reference;
    for (int age = 0; age < birthdays.length; age++) {
      birthdays[age] = reference.minusYears(age).toEpochDay();
    }
    this.homeProvinces = shapes.weights("home_province_of_migrants");
    this.areaCumulative = new double[areas.size()];
    double sum = 0;
    for (int i = 0; i < areas.size(); i++) {
      sum += areas.get(i).formerUnits();
      areaCumulative[i] = sum;
    }
    for (int i = 0; i < areaCumulative.length; i++) {
      areaCumulative[i] /= sum;
    }
  }

  public SyntheticPopulation generate(int persons, long seed) {
    if (persons < 1) {
      throw new IllegalArgumentException("--persons must be at least 1");
    }
    SyntheticPopulation p = new SyntheticPopulation(city, persons);
    SplittableRandom random = new SplittableRandom(seed);
    int next = 0;
    int h = 0;
    while (next < persons) {
      next = household(p, h++, next, random);
    }
    p.households = h;
    new ChildCircumstances(shapes)
        .draw(p, reference, new SplittableRandom(seed ^ 0x6A09E667F3BCC909L));
    UiBenefitReceipt.endedContracts(p, new SplittableRandom(seed ^ 0x3C6EF372FE94F82BL));
    return p;
  }

  /** The household size distribution, read and normalised once (asked once per household). */
  private double[] householdSizes(boolean migrant) {
    int k = migrant ? 1 : 0;
    if (householdSizes[k] == null) {
      householdSizes[k] =
          shapes.distribution(migrant ? "household_size_migrant" : "household_size_local");
    }
    return householdSizes[k];
  }

  /** Draws household {@code h} from person {@code first}; returns the next free person slot. */
  private int household(SyntheticPopulation p, int h, int first, SplittableRandom r) {
    boolean migrant = r.nextDouble() < shapes.number("migrant_household_share");
    double[] sizes = householdSizes(migrant);
    int size = Math.min(p.persons - first, 1 + pick(sizes, r.nextDouble()));
    Area area = areas.get(pickCumulative(areaCumulative, r.nextDouble()));
    p.wardCode[h] = area.code();
    p.areaType[h] =
        area.type() == AreaType.COMMUNE ? SyntheticPopulation.RURAL : SyntheticPopulation.URBAN;
    int home =
        migrant
            ? homeProvinces.codes()[pick(homeProvinces.probabilities(), r.nextDouble())]
            : city.provinceCode();
    int headAge = migrant ? 19 + r.nextInt(27) : 24 + r.nextInt(58);
    if (headAge >= 60) {
      headAge = elderAge(r);
    }
    long earnings = 0;
    boolean formalWorker = false;
    for (int k = 0; k < size; k++) {
      int i = first + k;
      byte role =
          k == 0
              ? HEAD
              : k == 1 && r.nextDouble() < 0.8
                  ? SPOUSE
                  : migrant || r.nextDouble() < 0.75 ? CHILD : OTHER;
      int age = role == OTHER && !migrant ? elderAge(r) : age(role, headAge, migrant, r);
      p.household[i] = h;
      p.role[i] = role;
      p.sex[i] =
          role == HEAD
              ? (r.nextDouble() < 0.6 ? SyntheticPopulation.MALE : SyntheticPopulation.FEMALE)
              : role == SPOUSE
                  ? (p.sex[first] == SyntheticPopulation.MALE
                      ? SyntheticPopulation.FEMALE
                      : SyntheticPopulation.MALE)
                  : r.nextBoolean() ? SyntheticPopulation.MALE : SyntheticPopulation.FEMALE;
      long birthday =
          age < birthdays.length ? birthdays[age] : reference.minusYears(age).toEpochDay();
      p.birthDate[i] = (int) (birthday - r.nextInt(365));
      p.migrant[i] = migrant;
      p.homeProvince[i] = home;
      work(p, i, age, migrant, r);
      formalWorker |= p.contractMonths[i] > 0;
      earnings += p.wage[i] + (p.hasPension[i] ? (long) shapes.number("pension_amount") : 0);
      if (r.nextDouble() < shapes.number("disability_share")) {
        double x = r.nextDouble();
        p.disability[i] =
            (byte)
                (x < 0.6
                        ? DisabilityLevel.MILD
                        : x < 0.9 ? DisabilityLevel.SEVERE : DisabilityLevel.EXTREMELY_SEVERE)
                    .ordinal();
      }
    }
    byte residence = residence(migrant, formalWorker, r);
    java.util.Arrays.fill(p.residence, first, first + size, residence);
    double other =
        shapes.number("other_income_per_capita", "median")
            * Math.exp(shapes.number("other_income_per_capita", "dispersion") * r.nextGaussian());
    p.incomePerCapita[h] = Math.round(earnings / (double) size + other);
    p.deprivations[h] =
        poisson(shapes.number("deprivation_mean", migrant ? "migrant" : "local"), r);
    p.weight[h] = 1.0;
    return first + size;
  }

  /**
   * Registration at the current place: locals are on the permanent record; a migrant household is
   * registered (temporary residence) far more often when one of its members works under contract,
   * since employers declare their workers' residence.
   */
  private byte residence(boolean migrant, boolean formalWorker, SplittableRandom r) {
    if (!migrant) {
      return SyntheticPopulation.PERMANENT;
    }
    double unregistered =
        shapes.number(
            "unregistered_share_of_migrants",
            formalWorker ? "with_formal_worker" : "without_formal_worker");
    return (byte)
        (r.nextDouble() < unregistered ? ResidenceStatus.UNREGISTERED : ResidenceStatus.TEMPORARY)
            .ordinal();
  }

  /**
   * An age of 60 or more, falling off exponentially: the very old are few (roughly a fifth of
   * persons 60+ are 75+), which the law's 75+ social pension turns on.
   */
  private int elderAge(SplittableRandom r) {
    double mean = shapes.number("elder_years_above_60_mean");
    return 60 + (int) Math.min(40, -mean * Math.log(1 - r.nextDouble()));
  }

  private int age(byte role, int headAge, boolean migrant, SplittableRandom r) {
    int maxChildAge = (int) shapes.number("child_age_limit");
    return switch (role) {
      case HEAD -> headAge;
      case SPOUSE -> Math.max(18, headAge - 5 + r.nextInt(8));
      case CHILD -> r.nextInt(Math.max(1, Math.min(maxChildAge, headAge - 17)));
      default -> migrant ? 18 + r.nextInt(20) : 60 + r.nextInt(30);
    };
  }

  /** Activity, contract, months worked, wage and contribution record of person {@code i}. */
  private void work(SyntheticPopulation p, int i, int age, boolean migrant, SplittableRandom r) {
    String group = migrant ? "migrant" : "local";
    EmploymentStatus status;
    if (age < 6) {
      status = EmploymentStatus.INACTIVE;
    } else if (age < 18 || age <= 22 && r.nextDouble() < shapes.number("student_share_18_22")) {
      status = EmploymentStatus.STUDENT;
      p.isStudent[i] = true;
    } else if (age >= 60) {
      p.hasPension[i] = r.nextDouble() < shapes.number("pension_share_60_plus") && !migrant;
      status =
          r.nextDouble() < shapes.number("retirement_work_share")
              ? EmploymentStatus.SELF_EMPLOYED
              : p.hasPension[i] ? EmploymentStatus.RETIRED : EmploymentStatus.INACTIVE;
    } else if (r.nextDouble() < shapes.number("employment_rate_working_age")) {
      status =
          r.nextDouble() < shapes.number("employee_share", group)
              ? EmploymentStatus.EMPLOYEE
              : r.nextDouble() < shapes.number("employer_share")
                  ? EmploymentStatus.EMPLOYER
                  : r.nextDouble() < shapes.number("family_worker_share")
                      ? EmploymentStatus.FAMILY_WORKER
                      : EmploymentStatus.SELF_EMPLOYED;
    } else {
      status =
          r.nextDouble() < shapes.number("unemployed_share_of_nonworking")
              ? EmploymentStatus.UNEMPLOYED
              : EmploymentStatus.INACTIVE;
    }
    p.employment[i] = (byte) status.ordinal();
    boolean formal =
        status == EmploymentStatus.EMPLOYEE
            && r.nextDouble() < shapes.number("written_contract_share", group);
    if (formal) {
      p.contractMonths[i] = contractLength(r);
    }
    p.monthsWorked[i] = monthsWorked(status, formal, r);
    boolean earns =
        status == EmploymentStatus.EMPLOYEE
            || status == EmploymentStatus.SELF_EMPLOYED
            || status == EmploymentStatus.EMPLOYER;
    if (earns) {
      double median = shapes.number("wage_median", formal ? "formal" : "informal");
      p.wage[i] =
          Math.round(median * Math.exp(shapes.number("wage_dispersion") * r.nextGaussian()) / 1000)
              * 1000;
    }
    int yearsWorked = Math.max(0, Math.min(age, 60) - 20);
    p.siMonths[i] =
        formal
            ? (int) (yearsWorked * 12 * (0.5 + 0.5 * r.nextDouble()))
            : age >= 60 && p.hasPension[i] ? 240 + r.nextInt(180) : 0;
    p.uiMonths[i] = formal ? Math.min(p.siMonths[i], r.nextInt(144)) : 0;
    p.uiMonthsLast24[i] = Math.min(24, p.uiMonths[i]);
    if (status == EmploymentStatus.UNEMPLOYED
        && r.nextDouble() < shapes.number("unemployed_after_contract_share")) {
      // Lost a contract job: a contribution record from it, up to the last 24 months.
      p.uiMonthsLast24[i] = 3 + r.nextInt(22);
      p.uiMonths[i] = p.uiMonthsLast24[i] + r.nextInt(60);
      p.siMonths[i] = p.uiMonths[i];
    }
  }

  /** A written contract's length in months (999: indefinite). */
  static int contractLength(SplittableRandom r) {
    return CONTRACT_MONTHS[r.nextInt(CONTRACT_MONTHS.length)];
  }

  // not law: the generator's spread of contract lengths (fixed-term 3, 12, 36 months, indefinite)
  private static final int[] CONTRACT_MONTHS = {3, 12, 12, 36, 36, 999, 999};

  /**
   * Months worked in the last 12: formal jobs mostly the whole year, informal and own-account work
   * less often; the unemployed worked before they lost their work, from none of the 12 months (out
   * of work all year) to 11 (lost it last month), which is how long ago they lost it; the inactive
   * none.
   */
  private int monthsWorked(EmploymentStatus status, boolean formal, SplittableRandom r) {
    int min = (int) shapes.number("months_worked", "part_year_min");
    return switch (status) {
      case EMPLOYEE, EMPLOYER, SELF_EMPLOYED, FAMILY_WORKER ->
          r.nextDouble()
                  < shapes.number(
                      "months_worked", formal ? "formal_full_year" : "informal_full_year")
              ? 12
              : min + r.nextInt(12 - min);
      case UNEMPLOYED -> r.nextInt((int) shapes.number("months_worked", "unemployed_max") + 1);
      default -> 0;
    };
  }

  private static int pick(double[] p, double u) {
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      sum += p[k];
      if (u < sum) {
        return k;
      }
    }
    return p.length - 1;
  }

  private static int pickCumulative(double[] cumulative, double u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static int poisson(double mean, SplittableRandom r) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= r.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
