package org.ansinh.engine.yamltest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Simulation;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * Runs YAML cases: builds the situation, applies the case's reforms, computes each expected output
 * and compares within the case's margins. A failing case lists every mismatch, expected against
 * actual, naming the entity and period.
 */
public final class YamlTestRunner {

  /** The outcome of one case: no failures means it passed. */
  public record Outcome(YamlTestCase testCase, List<String> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private final Legislation baseline;
  private final Function<String, Reform> reforms;

  /**
   * @param reforms finds a reform by name; throws IllegalArgumentException when unknown
   */
  public YamlTestRunner(Legislation baseline, Function<String, Reform> reforms) {
    this.baseline = baseline;
    this.reforms = reforms;
  }

  public Outcome run(YamlTestCase c) {
    List<String> failures = new ArrayList<>();
    try {
      Legislation legislation = baseline;
      for (String r : c.reforms()) {
        legislation = reforms.apply(r).apply(legislation);
      }
      Situation situation = Situation.of(legislation, c.input(), c.period());
      Simulation sim = new Simulation(legislation, situation.population());
      check(c, legislation, situation, sim, failures);
    } catch (RuntimeException e) {
      failures.add("error: " + e.getMessage());
    }
    return new Outcome(c, failures);
  }

  private void check(
      YamlTestCase c, Legislation legislation, Situation s, Simulation sim, List<String> failures) {
    Entity person = legislation.entities().person();
    Entity group = legislation.entities().group();
    for (var e : c.output().entrySet()) {
      String key = String.valueOf(e.getKey());
      if (key.equals(person.pluralKey())) {
        expectById(c, legislation, sim, e.getValue(), s.personIndex(), person, failures);
      } else if (key.equals(group.key()) && s.groupIndex().size() == 1) {
        expectById(
            c,
            legislation,
            sim,
            Map.of(s.groupIndex().keySet().iterator().next(), e.getValue()),
            s.groupIndex(),
            group,
            failures);
      } else if (key.equals(group.pluralKey())) {
        expectById(c, legislation, sim, e.getValue(), s.groupIndex(), group, failures);
      } else {
        Variable<?> v = Situation.variable(legislation, key, "output");
        Map<String, Integer> index = v.entity().isGroup() ? s.groupIndex() : s.personIndex();
        List<String> ids = new ArrayList<>(index.keySet());
        for (var pv :
            Situation.periodValues(e.getValue(), c.period(), v, "output." + key).entrySet()) {
          Object expected = pv.getValue();
          for (int i = 0; i < ids.size(); i++) {
            Object one =
                expected instanceof List<?> l ? (i < l.size() ? l.get(i) : null) : expected;
            if (one != null) {
              compare(c, sim, v, pv.getKey(), index.get(ids.get(i)), ids.get(i), one, failures);
            }
          }
        }
      }
    }
  }

  private void expectById(
      YamlTestCase c,
      Legislation legislation,
      Simulation sim,
      Object raw,
      Map<String, Integer> index,
      Entity entity,
      List<String> failures) {
    if (!(raw instanceof Map<?, ?> byId)) {
      throw new SituationException(
          c.source() + ": output." + entity.pluralKey() + " must map ids to values");
    }
    for (var entry : byId.entrySet()) {
      String id = String.valueOf(entry.getKey());
      Integer i = index.get(id);
      if (i == null) {
        throw new SituationException("output names unknown " + entity.key() + " '" + id + "'");
      }
      if (!(entry.getValue() instanceof Map<?, ?> vars)) {
        throw new SituationException("output " + id + ": expected a map of variables");
      }
      for (var ve : vars.entrySet()) {
        Variable<?> v =
            Situation.variable(legislation, String.valueOf(ve.getKey()), "output " + id);
        if (v.entity() != entity) {
          throw new SituationException(
              "output " + id + "." + v.name() + ": a " + v.entity().key() + " variable");
        }
        for (var pv :
            Situation.periodValues(ve.getValue(), c.period(), v, "output " + id).entrySet()) {
          compare(c, sim, v, pv.getKey(), i, id, pv.getValue(), failures);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <A> void compare(
      YamlTestCase c,
      Simulation sim,
      Variable<A> v,
      Period p,
      int index,
      String id,
      Object rawExpected,
      List<String> failures) {
    ValueType<A> type = v.type();
    Object expected;
    try {
      expected = type.parse(rawExpected);
    } catch (IllegalArgumentException e) {
      failures.add(v.name() + "[" + p + "] for " + id + ": bad expected value: " + e.getMessage());
      return;
    }
    A values = sim.calculate(v, p);
    Object actual = type.get(values, index);
    if (!type.matches(expected, actual, c.absoluteErrorMargin(), c.relativeErrorMargin())) {
      failures.add(
          v.name() + "[" + p + "] for " + id + ": expected " + expected + ", got " + actual);
    }
  }
}
