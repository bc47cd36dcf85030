package org.ansinh.engine.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.ParameterException;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.trace.CalculationListener;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.DatedFormula;
import org.ansinh.engine.variable.Variable;

/**
 * Computes variables of one legislation over one population, for everyone at once.
 *
 * <p>Each (variable, period) is computed once and cached. A variable asked again while it is being
 * computed is a cycle, reported with the chain. A simulation derived for a reform shares its
 * baseline's inputs and takes from the baseline every variable the reform cannot affect. Arrays
 * returned are shared with the cache: read them, never write them. Not thread-safe; run one
 * simulation per thread (see {@link ChunkedRun}).
 */
public final class Simulation {

  private record Key(String variable, Period period) {}

  private final Legislation legislation;
  private final Population population;
  private final Map<Key, Object> cache = new HashMap<>();
  private final LinkedHashSet<Key> inProgress = new LinkedHashSet<>();
  // By identity: each array in the cache stands for one (variable, period).
  private final Map<Object, Object> broadcasts = new IdentityHashMap<>();
  private final Simulation baseline;
  private final Set<String> recomputed;
  private CalculationListener listener = CalculationListener.NONE;

  public Simulation(Legislation legislation, Population population) {
    this(legislation, population, null, Set.of());
  }

  private Simulation(
      Legislation legislation, Population population, Simulation baseline, Set<String> recomputed) {
    if (population.entities() != legislation.entities()) {
      throw new IllegalArgumentException("the population was built for another entity model");
    }
    this.legislation = legislation;
    this.population = population;
    this.baseline = baseline;
    this.recomputed = recomputed;
  }

  /**
   * A simulation of {@code reformed} over the same population as {@code baseline} that takes from
   * the baseline every variable outside {@code affected}.
   *
   * @param affected the variables whose values the reform may change (see {@code
   *     DependencyGraph#affectedBy})
   */
  public static Simulation reformOf(
      Simulation baseline, Legislation reformed, Set<String> affected) {
    return new Simulation(reformed, baseline.population, baseline, Set.copyOf(affected));
  }

  public Legislation legislation() {
    return legislation;
  }

  public Population population() {
    return population;
  }

  public void listen(CalculationListener listener) {
    this.listener = listener == null ? CalculationListener.NONE : listener;
  }

  CalculationListener listener() {
    return listener;
  }

  /** The values of the variable named {@code name} for {@code period}, one per entity. */
  public Object calculate(String name, Period period) {
    return calculate(legislation.variable(name), period);
  }

  /**
   * The values of {@code requested} (as this legislation defines it) for {@code period}.
   *
   * @throws CalculationException on a cycle, a period the variable is not defined for, or a formula
   *     that fails — naming the chain of variables being computed
   */
  public <A> A calculate(Variable<A> requested, Period period) {
    Variable<A> v = legislation.resolve(requested);
    Period p = periodFor(v, period);
    Key key = new Key(v.name(), p);
    @SuppressWarnings("unchecked")
    A cached = (A) cache.get(key);
    if (cached != null) {
      listener.enter(v, p, true);
      return cached;
    }
    if (!inProgress.add(key)) {
      throw new CalculationException("cycle: " + chain() + " → " + v.name() + "[" + p + "]");
    }
    listener.enter(v, p, false);
    try {
      A values = produce(v, p);
      cache.put(key, values);
      return values;
    } finally {
      inProgress.remove(key);
    }
  }

  private <A> A produce(Variable<A> v, Period p) {
    if (baseline != null && !recomputed.contains(v.name())) {
      A shared = baseline.calculate(v, p);
      listener.exit(v, p, shared, "baseline", null);
      return shared;
    }
    ValueType<A> type = v.type();
    Population.InputColumn input = population.input(v.name(), p);
    @SuppressWarnings("unchecked")
    A given = input == null ? null : (A) input.values();
    if (given != null && input.given() == null) {
      listener.exit(v, p, given, "input", null);
      return given;
    }
    DatedFormula<A> formula =
        p.unit() == PeriodUnit.ETERNITY
            ? (v.formulas().isEmpty() ? null : v.formulas().get(0))
            : v.formulaAt(p.start());
    A out = type.allocate(population.size(v));
    if (!v.defaultValue().equals(type.zero())) {
      type.fill(out, v.defaultValue());
    }
    if (formula != null) {
      try {
        formula.formula().compute(new Computation(this, v, p), out);
      } catch (CalculationException | ParameterException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new CalculationException(
            "formula of "
                + v.name()
                + " ("
                + formula.version()
                + ") failed for "
                + p
                + " while computing "
                + chain()
                + ": "
                + e,
            e);
      }
    }
    if (given != null) {
      boolean[] mask = input.given();
      for (int i = 0; i < mask.length; i++) {
        if (mask[i]) {
          type.copy(given, i, out, i, 1);
        }
      }
    }
    if (listener != CalculationListener.NONE) {
      String source =
          given != null ? "input (partly)" : formula == null ? "default" : formula.version();
      listener.exit(v, p, out, source, formula == null ? null : formula.basis());
    }
    return out;
  }

  /**
   * A group variable's values spread over each group's members, made once per array: formulas often
   * read the same household fact (poverty status, province) through {@code ofGroup}.
   */
  @SuppressWarnings("unchecked")
  <A> A broadcastToPersons(ValueType<A> type, A groupValues) {
    return (A)
        broadcasts.computeIfAbsent(
            groupValues, g -> Broadcast.byIndex(type, (A) g, population.groupOfPerson()));
  }

  /** The period to compute {@code v} for when asked for {@code asked}: checked, never guessed. */
  static Period periodFor(Variable<?> v, Period asked) {
    if (v.period() == PeriodUnit.ETERNITY) {
      return Period.ETERNITY;
    }
    if (v.period() != asked.unit()) {
      throw new CalculationException(
          v.name()
              + " is defined per "
              + v.period().name().toLowerCase()
              + ", not for the "
              + asked.unit().name().toLowerCase()
              + " "
              + asked
              + (v.period() == PeriodUnit.MONTH
                  ? " (use sumOverMonths or averageOverMonths)"
                  : " (use valueOfYear)"));
    }
    return asked;
  }

  private String chain() {
    List<String> names = new ArrayList<>();
    for (Key k : inProgress) {
      names.add(k.variable() + "[" + k.period() + "]");
    }
    return names.isEmpty() ? "(top level)" : String.join(" → ", names);
  }

  /** Variables computed so far, for reports and tests. */
  public Set<String> computedVariables() {
    Set<String> names = new LinkedHashSet<>();
    cache.keySet().forEach(k -> names.add(k.variable()));
    return Collections.unmodifiableSet(names);
  }
}
