package org.ansinh.simulation.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.variable.Variable;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.EnginePopulation;
import org.ansinh.simulation.population.HouseholdSubset;
import org.ansinh.simulation.population.PopulationGenerator;
import org.ansinh.simulation.population.Reach;
import org.ansinh.simulation.population.SyntheticPopulation;
import org.ansinh.simulation.population.TakeUp;
import org.ansinh.simulation.population.UiBenefitReceipt;

/**
 * A synthetic city in the order its steps need: drawn from the shapes, raked to the structural
 * targets (the weights do not depend on enrolment), enrolment drawn with the take-up parameters
 * calibrated to the published coverage on those weights, then the reach of other support.
 * Unemployment benefit receipt is drawn before enrolment, as the law's health insurance group reads
 * it. The same seed gives the same city.
 */
public final class CalibratedPopulation {

  /** The population with how its weights and take-up parameters were fitted. */
  public record Result(
      SyntheticPopulation population,
      Raking.Result raking,
      TakeUp.Calibrated takeUp,
      double uiBenefitClaim) {}

  /** Months back from the period to the middle of the 12 months a break in work fell in. */
  private static final int MONTHS_TO_MID_YEAR = 6;

  private CalibratedPopulation() {}

  public static Result generate(
      City city, int persons, long seed, Period period, Legislation legislation) {
    CalibrationTargets targets = CalibrationTargets.of(city);
    SyntheticPopulation p = new PopulationGenerator(city, period.start()).generate(persons, seed);
    Raking.Result raking = CityCalibration.rake(p, targets, period.start());
    // The law asked for a month out of work in the year (mid-year, the law then in force), with
    // nobody's benefit yet drawn (the UI training rule's recipients pass its contribution test
    // too), and asked only of the households of those who had such a month: nobody else had one
    Period breakMonth = period.plusMonths(-MONTHS_TO_MID_YEAR);
    HouseholdSubset hadBreak = HouseholdSubset.of(p, Reach.hadBreak(p));
    Map<String, Object> duringBreak =
        lawOf(
            hadBreak,
            legislation,
            breakMonth,
            Reach.employmentDuringBreak(hadBreak.part()),
            List.of(Reach.DURING_BREAK, UiBenefitReceipt.DURING_BREAK));
    // Benefit receipt before the law run take-up reads (the HI group of a recipient is the UI
    // fund's), asked only of the households of the unemployed: the benefit rule admits nobody else
    HouseholdSubset unemployed = HouseholdSubset.of(p, UiBenefitReceipt.unemployed(p));
    Map<String, Object> benefit =
        lawOf(unemployed, legislation, period, unemployed.part().employment, UiBenefitReceipt.NOW);
    double claim =
        UiBenefitReceipt.draw(
            p,
            unemployed.spread((boolean[]) benefit.get("ui_benefit_eligible"), p.persons),
            unemployed.spread((int[]) benefit.get("ui_benefit_months"), p.persons),
            hadBreak.spread((boolean[]) duringBreak.get("ui_benefit_eligible"), p.persons),
            seed,
            value(targets, "ui_benefit_decisions"));
    // One law run serves both: no variable either reads depends on what take-up draws (enrolment
    // and registry facts are not inputs of those rules); files stay byte-identical for a seed.
    List<Variable<?>> needed = new ArrayList<>(TakeUp.LAW);
    needed.addAll(Reach.LAW);
    Map<String, Object> law =
        ChunkedRun.withDefaults(legislation)
            .compute(EnginePopulation.of(p, legislation, period), period, needed, null);
    TakeUp.Calibrated takeUp = TakeUp.draw(p, law, seed, coverage(targets));
    Reach.draw(
        p,
        law,
        hadBreak.spread((boolean[]) duringBreak.get(Reach.DURING_BREAK.name()), p.persons),
        seed);
    return new Result(p, raking, takeUp, claim);
  }

  /**
   * The law's {@code outputs} over the subset's households, their employment as given; empty
   * columns when the subset has nobody.
   */
  private static Map<String, Object> lawOf(
      HouseholdSubset subset,
      Legislation legislation,
      Period period,
      byte[] employment,
      List<Variable<?>> outputs) {
    if (subset.origin().length == 0) {
      Map<String, Object> none = new HashMap<>();
      for (Variable<?> v : outputs) {
        none.put(v.name(), v.name().endsWith("_months") ? new int[0] : new boolean[0]);
      }
      return none;
    }
    return ChunkedRun.withDefaults(legislation)
        .compute(
            EnginePopulation.of(subset.part(), legislation, period, employment),
            period,
            outputs,
            null);
  }

  /** The published coverage figures take-up is calibrated to, where the city has them. */
  public static TakeUp.Targets coverage(CalibrationTargets targets) {
    return new TakeUp.Targets(
        value(targets, "compulsory_si_participants"),
        value(targets, "voluntary_si_participants"),
        value(targets, "hi_coverage_rate"));
  }

  private static double value(CalibrationTargets targets, String key) {
    return targets.get(key).map(Target::value).orElse(Double.NaN);
  }
}
