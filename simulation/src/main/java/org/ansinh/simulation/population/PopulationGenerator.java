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
 * work informally more often), buy household health insurance less often and lack more basic
 * services. Households go to units in proportion to the number of former wards and communes each
 * absorbed (no public population per new unit exists). Weights start equal and are raked to the
 * published targets afterwards ({@code org.ansinh.simulation.calibration}).
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

  /**
   * @param reference the first day of the month the population describes (ages are counted to it)
   */
  public PopulationGenerator(City city, LocalDate reference) {
    this.city = city;
    this.shapes = Shapes.of(city);
    this.areas = Areas.load(city.areaFile());
    this.reference = reference;
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
    return p;
  }

  /** Draws household {@code h} from person {@code first}; returns the next free person slot. */
  private int household(SyntheticPopulation p, int h, int first, SplittableRandom r) {
    boolean migrant = r.nextDouble() < shapes.number("migrant_household_share");
    double[] sizes =
        shapes.distribution(migrant ? "household_size_migrant" : "household_size_local");
    int size = Math.min(p.persons - first, 1 + pick(sizes, r.nextDouble()));
    Area area = areas.get(pickCumulative(areaCumulative, r.nextDouble()));
    p.wardCode[h] = area.code();
    p.areaType[h] =
        area.type() == AreaType.COMMUNE ? SyntheticPopulation.RURAL : SyntheticPopulation.URBAN;
    byte residence =
        migrant
            ? (byte)
                (r.nextDouble() < shapes.number("unregistered_share_of_migrants")
                    ? ResidenceStatus.UNREGISTERED.ordinal()
                    : ResidenceStatus.TEMPORARY.ordinal())
            : SyntheticPopulation.PERMANENT;
    int headAge = migrant ? 19 + r.nextInt(27) : 24 + r.nextInt(58);
    long earnings = 0;
    for (int k = 0; k < size; k++) {
      int i = first + k;
      byte role =
          k == 0
              ? HEAD
              : k == 1 && r.nextDouble() < 0.8
                  ? SPOUSE
                  : migrant || r.nextDouble() < 0.75 ? CHILD : OTHER;
      int age = age(role, headAge, migrant, r);
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
      p.birthDate[i] = (int) reference.minusYears(age).minusDays(r.nextInt(365)).toEpochDay();
      p.residence[i] = residence;
      p.migrant[i] = migrant;
      work(p, i, age, migrant, r);
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
      enrol(p, i, age, r);
    }
    p.incomePerCapita[h] =
        Math.round(
            earnings / (double) size
                + shapes.number("other_income_per_capita") * (0.5 + r.nextDouble()));
    p.deprivations[h] =
        poisson(shapes.number("deprivation_mean", migrant ? "migrant" : "local"), r);
    p.weight[h] = 1.0;
    return first + size;
  }

  private static int age(byte role, int headAge, boolean migrant, SplittableRandom r) {
    return switch (role) {
      case HEAD -> headAge;
      case SPOUSE -> Math.max(18, headAge - 5 + r.nextInt(8));
      case CHILD -> r.nextInt(Math.max(1, Math.min(30, headAge - 17)));
      default -> migrant ? 18 + r.nextInt(20) : 60 + r.nextInt(30);
    };
  }

  /** Activity, contract, wage and contribution record of person {@code i}. */
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
      p.contractMonths[i] = new int[] {3, 12, 12, 36, 36, 999, 999}[r.nextInt(7)];
    }
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
  }

  /** Actual enrolment: a take-up model on top of what the law covers. */
  private void enrol(SyntheticPopulation p, int i, int age, SplittableRandom r) {
    boolean formal = p.contractMonths[i] > 0;
    p.enrolledCompulsorySi[i] =
        formal && r.nextDouble() < shapes.number("compulsory_si_compliance");
    p.enrolledUi[i] = p.enrolledCompulsorySi[i];
    boolean informalWorker = !formal && p.wage[i] > 0 && age >= 15;
    if (informalWorker && r.nextDouble() < shapes.number("voluntary_si_takeup")) {
      p.enrolledVoluntarySi[i] = true;
      p.voluntaryIncome[i] = 1_500_000L + 100_000L * r.nextInt(36);
    }
    boolean coveredOtherwise =
        p.enrolledCompulsorySi[i] || p.hasPension[i] || age < 6 || p.isStudent[i] || age >= 75;
    String residence = ResidenceStatus.values()[p.residence[i]].name();
    p.hasHiCard[i] =
        coveredOtherwise
            ? r.nextDouble() < 0.97
            : r.nextDouble() < shapes.number("hi_household_takeup", residence);
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
