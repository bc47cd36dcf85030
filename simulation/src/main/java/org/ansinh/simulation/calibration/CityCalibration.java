package org.ansinh.simulation.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ansinh.engine.period.CalendarDays;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.simulation.population.SyntheticPopulation;

/**
 * Rakes a generated city's household weights to the targets that describe its structure: age groups
 * and registration among persons (scaled to the population total), one-person households among
 * households. The mean household size is not raked: with one weight per household it fights the
 * person margins (tried: no convergence); it is reported, and the generator's shapes are where it
 * must be fixed. Targets missing from the file are skipped, and said so in the report.
 */
public final class CityCalibration {

  /** The target keys raked on, in {@code calibration/targets.yaml}. */
  public static final String POPULATION = "population_total";

  public static final String UNDER_15 = "share_under_15";
  public static final String OVER_60 = "share_60_plus";
  public static final String NOT_PERMANENT = "share_without_permanent_registration";
  public static final String ONE_PERSON = "one_person_household_share";

  private CityCalibration() {}

  public static Raking.Result rake(
      SyntheticPopulation p, CalibrationTargets targets, LocalDate reference) {
    double population = targets.get(POPULATION).map(Target::value).orElse((double) p.persons);
    java.util.Arrays.fill(p.weight, 0, p.households, population / p.persons);
    List<Raking.Margin> margins = new ArrayList<>();
    ageMargin(p, targets, reference, population).ifPresent(margins::add);
    targets
        .get(NOT_PERMANENT)
        .ifPresent(t -> margins.add(registrationMargin(p, t.value(), population)));
    targets.get(ONE_PERSON).ifPresent(t -> margins.add(onePersonMargin(p, t.value())));
    return margins.isEmpty() ? new Raking.Result(0, 0) : Raking.rake(p, margins, 200, 0.001);
  }

  private static Optional<Raking.Margin> ageMargin(
      SyntheticPopulation p, CalibrationTargets targets, LocalDate reference, double population) {
    Optional<Target> young = targets.get(UNDER_15);
    Optional<Target> old = targets.get(OVER_60);
    if (young.isEmpty() || old.isEmpty()) {
      return Optional.empty();
    }
    int[] category = new int[p.persons];
    for (int i = 0; i < p.persons; i++) {
      int age = CalendarDays.wholeYears(p.birthDate[i], reference);
      category[i] = age < 15 ? 0 : age < 60 ? 1 : 2;
    }
    double y = young.get().value();
    double o = old.get().value();
    return Optional.of(
        new Raking.Margin("age", false, category, new double[] {y, 1 - y - o, o}, population));
  }

  private static Raking.Margin registrationMargin(
      SyntheticPopulation p, double share, double population) {
    int[] category = new int[p.persons];
    for (int i = 0; i < p.persons; i++) {
      category[i] = p.residence[i] == ResidenceStatus.PERMANENT.ordinal() ? 0 : 1;
    }
    return new Raking.Margin(
        "registration", false, category, new double[] {1 - share, share}, population);
  }

  private static Raking.Margin onePersonMargin(SyntheticPopulation p, double share) {
    int[] category = new int[p.households];
    int i = 0;
    while (i < p.persons) {
      int h = p.household[i];
      int size = 0;
      for (; i < p.persons && p.household[i] == h; i++) {
        size++;
      }
      category[h] = size == 1 ? 0 : 1;
    }
    return new Raking.Margin(
        "one-person households", true, category, new double[] {share, 1 - share}, null);
  }
}
