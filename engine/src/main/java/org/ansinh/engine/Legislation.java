package org.ansinh.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.entity.EntityModel;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.variable.Variable;

/**
 * A body of law as code: entities, the parameter tree and the variables with their formulas.
 * Immutable; a reform yields a new legislation that shares what it does not change.
 */
public final class Legislation {

  private final String name;
  private final EntityModel entities;
  private final ParameterTree parameters;
  private final Map<String, Variable<?>> variables;

  private Legislation(
      String name,
      EntityModel entities,
      ParameterTree parameters,
      Map<String, Variable<?>> variables) {
    this.name = name;
    this.entities = entities;
    this.parameters = parameters;
    this.variables = Collections.unmodifiableMap(variables);
  }

  /**
   * @throws IllegalArgumentException when two variables share a name or a variable belongs to an
   *     entity the model does not have
   */
  public static Legislation of(
      String name,
      EntityModel entities,
      ParameterTree parameters,
      Collection<Variable<?>> variables) {
    Map<String, Variable<?>> byName = new LinkedHashMap<>();
    for (Variable<?> v : variables) {
      if (byName.put(v.name(), v) != null) {
        throw new IllegalArgumentException("two variables named " + v.name());
      }
      if (v.entity() != entities.person() && v.entity() != entities.group()) {
        throw new IllegalArgumentException(
            v.name() + ": entity " + v.entity().key() + " is not in the model");
      }
    }
    return new Legislation(name, entities, parameters, byName);
  }

  public String name() {
    return name;
  }

  public EntityModel entities() {
    return entities;
  }

  public ParameterTree parameters() {
    return parameters;
  }

  public Collection<Variable<?>> variables() {
    return variables.values();
  }

  public boolean hasVariable(String name) {
    return variables.containsKey(name);
  }

  /**
   * @throws UnknownVariableException naming the variable and the closest known names
   */
  public Variable<?> variable(String name) {
    Variable<?> v = variables.get(name);
    if (v == null) {
      throw new UnknownVariableException(name, closest(name));
    }
    return v;
  }

  /** This legislation's definition of {@code v}, which a reform may have replaced. */
  @SuppressWarnings("unchecked")
  public <A> Variable<A> resolve(Variable<A> v) {
    Variable<?> own = variables.get(v.name());
    if (own == null) {
      throw new UnknownVariableException(v.name(), closest(v.name()));
    }
    return (Variable<A>) own;
  }

  public Legislation withParameters(ParameterTree replacement) {
    return new Legislation(name, entities, replacement, new LinkedHashMap<>(variables));
  }

  /** A copy where each given variable replaces the one of the same name (or is added). */
  public Legislation withVariables(Collection<Variable<?>> replacements) {
    Map<String, Variable<?>> copy = new LinkedHashMap<>(variables);
    for (Variable<?> v : replacements) {
      copy.put(v.name(), v);
    }
    return new Legislation(name, entities, parameters, copy);
  }

  private List<String> closest(String name) {
    List<String> near = new ArrayList<>();
    for (String k : variables.keySet()) {
      if (distance(k, name) <= Math.max(2, name.length() / 4)
          || k.contains(name)
          || name.contains(k)) {
        near.add(k);
      }
    }
    return near.subList(0, Math.min(5, near.size()));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
