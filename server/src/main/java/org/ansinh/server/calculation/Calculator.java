package org.ansinh.server.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.simulation.CalculationException;
import org.ansinh.engine.simulation.Simulation;
import org.ansinh.engine.trace.Explanation;
import org.ansinh.engine.trace.TraceNode;
import org.ansinh.engine.trace.Tracer;
import org.ansinh.engine.variable.Variable;
import org.ansinh.engine.yamltest.Situation;
import org.ansinh.engine.yamltest.SituationException;
import org.ansinh.server.calculation.CalculationRequest.Requested;
import org.ansinh.server.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/** Runs the engine on one situation: a fresh simulation per request, so nothing is shared. */
@Component
class Calculator {

  private final Legislation legislation;

  Calculator(Legislation legislation) {
    this.legislation = legislation;
  }

  /** Each requested value, in request order. */
  List<Object> calculate(CalculationRequest request) {
    Run run = run(request, null);
    List<Object> values = new ArrayList<>();
    for (Requested r : request.requested()) {
      values.add(run.value(r));
    }
    return values;
  }

  /** Each requested value with its explanation (JSON-ready), in request order. */
  List<Map<String, Object>> trace(CalculationRequest request, String lang) {
    Tracer tracer = new Tracer();
    Run run = run(request, tracer);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Requested r : request.requested()) {
      Object value = run.value(r);
      boolean group = r.variable().entity().isGroup();
      int index = run.index(r);
      TraceNode root = tracer.node(r.variable().name(), r.period());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entity", r.entityKey());
      m.put("id", r.id());
      m.put("variable", r.variable().name());
      m.put("period", r.period().toString());
      m.put("value", value);
      m.put(
          "explanation",
          new Explanation(run.situation.population(), group, index, lang).json(root));
      out.add(m);
    }
    return out;
  }

  private Run run(CalculationRequest request, Tracer tracer) {
    Situation situation;
    try {
      situation = Situation.of(legislation, request.situation(), request.defaultPeriod());
    } catch (SituationException e) {
      // CalculationRequest checks every field first; what is left concerns the whole situation.
      throw new InvalidFieldException("households", e.getMessage());
    }
    Simulation simulation = new Simulation(legislation, situation.population());
    if (tracer != null) {
      simulation.listen(tracer);
    }
    Run run = new Run(situation, simulation);
    for (Requested r : request.requested()) {
      try {
        run.arrays.put(r, simulation.calculate(r.variable(), r.period()));
      } catch (CalculationException e) {
        throw new InvalidFieldException(r.path(), e.getMessage());
      }
    }
    return run;
  }

  private static final class Run {
    final Situation situation;
    final Simulation simulation;
    final Map<Requested, Object> arrays = new LinkedHashMap<>();

    Run(Situation situation, Simulation simulation) {
      this.situation = situation;
      this.simulation = simulation;
    }

    int index(Requested r) {
      return r.variable().entity().isGroup()
          ? situation.groupIndex().get(r.id())
          : situation.personIndex().get(r.id());
    }

    /** The value as JSON has it: numbers, booleans, enum constant names, ISO dates. */
    @SuppressWarnings("unchecked")
    <A> Object value(Requested r) {
      Variable<A> v = (Variable<A>) r.variable();
      Object value = v.type().get((A) arrays.get(r), index(r));
      if (value instanceof Enum<?> e) {
        return e.name();
      }
      if (value instanceof LocalDate d) {
        return d.toString();
      }
      return value;
    }
  }
}
