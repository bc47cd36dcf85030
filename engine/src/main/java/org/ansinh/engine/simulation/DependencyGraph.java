package org.ansinh.engine.simulation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.trace.CalculationListener;
import org.ansinh.engine.variable.Variable;

/**
 * Which variable reads which variables and parameters, for the formulas in force in one period.
 *
 * <p>Discovered by running every formula once over a one-person probe population and recording what
 * it reads: formulas read all they may need before their loops (see {@code Formula}), so the record
 * is complete. Cycles fail the discovery with the chain.
 */
public final class DependencyGraph {

  private final TreeMap<String, Set<String>> variableReads = new TreeMap<>();
  private final TreeMap<String, Set<String>> parameterReads = new TreeMap<>();

  private DependencyGraph() {}

  public static DependencyGraph discover(Legislation legislation, Period period) {
    DependencyGraph graph = new DependencyGraph();
    Population probe =
        new Population(legislation.entities(), 1, new int[] {0}, new byte[] {0}, null, null);
    Simulation sim = new Simulation(legislation, probe);
    sim.listen(graph.new Recorder());
    for (Variable<?> v : legislation.variables()) {
      graph.variableReads.computeIfAbsent(v.name(), k -> new TreeSet<>());
      sim.calculate(v, probePeriod(v, period));
    }
    return graph;
  }

  /** The period {@link #discover} computes {@code v} for. */
  private static Period probePeriod(Variable<?> v, Period period) {
    return v.period() == period.unit() || v.period() == PeriodUnit.ETERNITY
        ? period
        : v.period() == PeriodUnit.YEAR ? period.yearOf() : period.firstMonth();
  }

  private final class Recorder implements CalculationListener {
    private final Deque<String> stack = new ArrayDeque<>();

    @Override
    public void enter(Variable<?> v, Period period, boolean cached) {
      if (!stack.isEmpty()) {
        variableReads.computeIfAbsent(stack.peek(), k -> new TreeSet<>()).add(v.name());
      }
      if (!cached) {
        stack.push(v.name());
      }
    }

    @Override
    public void exit(Variable<?> v, Period period, Object values, String source, String basis) {
      stack.pop();
    }

    @Override
    public void parameterRead(Parameter parameter, LocalDate date, ParameterValue value) {
      if (!stack.isEmpty()) {
        parameterReads.computeIfAbsent(stack.peek(), k -> new TreeSet<>()).add(parameter.path());
      }
    }
  }

  /** The variables {@code variable}'s formula reads directly. */
  public Set<String> variablesReadBy(String variable) {
    return variableReads.getOrDefault(variable, Set.of());
  }

  /** The parameters {@code variable}'s formula reads directly. */
  public Set<String> parametersReadBy(String variable) {
    return parameterReads.getOrDefault(variable, Set.of());
  }

  /**
   * Every variable whose value may change when the given parameters or variables change: the
   * changed variables themselves and all that read them, directly or not.
   */
  public Set<String> affectedBy(Collection<String> parameters, Collection<String> variables) {
    Set<String> affected = new TreeSet<>(variables);
    for (var e : parameterReads.entrySet()) {
      for (String p : parameters) {
        if (e.getValue().contains(p)) {
          affected.add(e.getKey());
        }
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var e : variableReads.entrySet()) {
        if (!affected.contains(e.getKey())) {
          for (String read : e.getValue()) {
            if (affected.contains(read)) {
              affected.add(e.getKey());
              grew = true;
              break;
            }
          }
        }
      }
    }
    return affected;
  }

  /** The outputs a parameter affects, for "what does this number change" questions. */
  public Set<String> affectedByParameter(String path) {
    Set<String> result = new HashSet<>(affectedBy(Set.of(path), Set.of()));
    return new TreeSet<>(result);
  }

  public Set<String> variables() {
    return variableReads.keySet();
  }

  /** {@code variables} and every variable they read, directly or not. */
  public Set<String> readFrom(Collection<String> variables) {
    Set<String> reached = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(variables);
    while (!todo.isEmpty()) {
      String v = todo.pop();
      if (reached.add(v)) {
        todo.addAll(variablesReadBy(v));
      }
    }
    return reached;
  }

  /**
   * Every variable that computing {@code outputs} in any of {@code periods} may read, the outputs
   * included: what a population must hold for such a run. One discovery per distinct set of
   * formulas in force among the periods (a formula that starts within them may read other
   * variables).
   */
  public static Set<String> readFor(
      Legislation legislation, Collection<String> outputs, Collection<Period> periods) {
    Set<String> read = new TreeSet<>();
    Set<List<Object>> discovered = new HashSet<>();
    for (Period period : periods) {
      List<Object> inForce = new ArrayList<>();
      for (Variable<?> v : legislation.variables()) {
        if (v.period() != PeriodUnit.ETERNITY) { // a constant fact has one formula
          inForce.add(v.formulaAt(probePeriod(v, period).start()));
        }
      }
      if (discovered.add(inForce)) {
        read.addAll(discover(legislation, period).readFrom(outputs));
      }
    }
    return read;
  }
}
