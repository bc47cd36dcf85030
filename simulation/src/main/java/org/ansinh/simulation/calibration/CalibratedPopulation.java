package org.ansinh.simulation.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.variable.Variable;
import org.ansinh.simulation.population.City;
import org.ansinh.simulation.population.EnginePopulation;
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
    // nobody's benefit yet drawn: the UI training rule's recipients pass its contribution test too
    Period breakMonth = period.plusMonths(-MONTHS_TO_MID_YEAR);
    Map<String, Object> duringBreak =
        ChunkedRun.withDefaults(legislation)
            .compute(
                EnginePopulation.of(p, legislation, breakMonth, Reach.employmentDuringBreak(p)),
                breakMonth,
                List.of(Reach.DURING_BREAK, UiBenefitReceipt.DURING_BREAK),
                null);
    // Benefit receipt before the law run take-up reads: the HI group of a recipient is the UI
    // fund's
    Map<String, Object> benefit =
        ChunkedRun.withDefaults(legislation)
            .compute(
                EnginePopulation.of(p, legislation, period), period, UiBenefitReceipt.NOW, null);
    double claim =
        UiBenefitReceipt.draw(
            p,
            (boolean[]) benefit.get("ui_benefit_eligible"),
            (int[]) benefit.get("ui_benefit_months"),
            (boolean[]) duringBreak.get(UiBenefitReceipt.DURING_BREAK.name()),
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
    Reach.draw(p, law, (boolean[]) duringBreak.get(Reach.DURING_BREAK.name()), seed);
    return new Result(p, raking, takeUp, claim);
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
