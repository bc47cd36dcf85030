package org.ansinh.engine.reform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterException;
import org.ansinh.engine.parameter.ParameterLoader;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.variable.DatedFormula;
import org.ansinh.engine.variable.Variable;

/**
 * A named change to the law: parameter values laid over the baseline's history from given dates,
 * and variables whose formulas are replaced (or neutralised: no formula, the default). Applying a
 * reform never mutates the baseline.
 */
public final class Reform {

  private final String name;
  private final String titleVi;
  private final String titleEn;
  private final String description;
  private final Map<String, NavigableMap<LocalDate, ParameterValue>> patches;
  private final List<Variable<?>> replacements;

  private Reform(Builder b) {
    this.name = b.name;
    this.titleVi = b.titleVi;
    this.titleEn = b.titleEn;
    this.description = b.description;
    this.patches = Map.copyOf(b.patches);
    this.replacements = List.copyOf(b.replacements.values());
  }

  public static Builder named(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public String titleVi() {
    return titleVi;
  }

  public String titleEn() {
    return titleEn;
  }

  public String description() {
    return description;
  }

  /** Parameters this reform changes. */
  public Set<String> parameters() {
    return new TreeSet<>(patches.keySet());
  }

  /** Variables whose formulas this reform replaces or neutralises. */
  public Set<String> variables() {
    Set<String> names = new TreeSet<>();
    replacements.forEach(v -> names.add(v.name()));
    return names;
  }

  /**
   * The reformed legislation.
   *
   * @throws ParameterException when a patch names a parameter the baseline lacks
   */
  public Legislation apply(Legislation base) {
    List<Parameter> patched = new ArrayList<>();
    for (var e : patches.entrySet()) {
      patched.add(base.parameters().get(e.getKey()).patched(e.getValue()));
    }
    for (Variable<?> v : replacements) {
      base.variable(v.name());
    }
    return base.withParameters(base.parameters().with(patched)).withVariables(replacements);
  }

  /** This reform followed by {@code next}; the later one wins where both change a thing. */
  public Reform andThen(Reform next) {
    Builder b = named(name + "+" + next.name);
    b.titleVi = titleVi + " + " + next.titleVi;
    b.titleEn = titleEn + " + " + next.titleEn;
    b.description = description + "\n" + next.description;
    for (Reform r : List.of(this, next)) {
      r.patches.forEach(
          (path, values) -> b.patches.computeIfAbsent(path, k -> new TreeMap<>()).putAll(values));
      r.replacements.forEach(v -> b.replacements.put(v.name(), v));
    }
    return b.build();
  }

  /** Builds a reform. */
  public static final class Builder {
    private final String name;
    private String titleVi;
    private String titleEn;
    private String description = "";
    private final Map<String, NavigableMap<LocalDate, ParameterValue>> patches =
        new LinkedHashMap<>();
    private final Map<String, Variable<?>> replacements = new LinkedHashMap<>();

    private Builder(String name) {
      if (!name.matches("[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*")) {
        throw new IllegalArgumentException("reform names are snake_case: " + name);
      }
      this.name = name;
      this.titleVi = name;
      this.titleEn = name;
    }

    public Builder title(String vi, String en) {
      this.titleVi = vi;
      this.titleEn = en;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets a parameter's value from {@code from} on, citing where the proposal comes from. */
    public Builder set(String path, LocalDate from, double value, Reference source) {
      patches
          .computeIfAbsent(path, k -> new TreeMap<>())
          .put(from, new ParameterValue(from, value, null, null, source, null, null));
      return this;
    }

    /**
     * Adds the patches of a YAML document: {@code path: {YYYY-MM-DD: {value|brackets, reference}}}
     * in the parameter file format.
     */
    public Builder patch(String yaml) {
      Object doc = YamlFiles.read(yaml);
      if (!(doc instanceof Map<?, ?> m)) {
        throw new ParameterException("a reform patch is a map of parameter paths");
      }
      for (var e : m.entrySet()) {
        String path = String.valueOf(e.getKey());
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("description", Map.of("vi", path, "en", path));
        leaf.put("unit", "patch");
        leaf.put("values", e.getValue());
        try {
          Parameter p = ParameterLoader.parseLeaf(path, leaf);
          patches.computeIfAbsent(path, k -> new TreeMap<>()).putAll(p.values());
        } catch (IllegalArgumentException ex) {
          throw new ParameterException("reform " + name + ", " + path + ": " + ex.getMessage(), ex);
        }
      }
      return this;
    }

    /** Replaces a variable's formulas with those of {@code replacement} (same name). */
    public Builder replace(Variable<?> replacement) {
      replacements.put(replacement.name(), replacement);
      return this;
    }

    /** Removes every formula of {@code variable}: it takes its default (or its input). */
    public <A> Builder neutralise(Variable<A> variable) {
      replacements.put(variable.name(), variable.withFormulas(List.<DatedFormula<A>>of()));
      return this;
    }

    public Reform build() {
      return new Reform(this);
    }
  }
}
