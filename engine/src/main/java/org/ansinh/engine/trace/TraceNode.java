package org.ansinh.engine.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.variable.Variable;

/**
 * One step of a computation: a variable for a period, how it was produced, from which variables and
 * which parameters. Values are kept for the whole (small) population explained.
 */
public final class TraceNode {

  /** A parameter as a formula read it. */
  public record ParameterRead(Parameter parameter, LocalDate date, ParameterValue value) {}

  private final Variable<?> variable;
  private final Period period;
  private final List<TraceNode> children = new ArrayList<>();
  private final List<ParameterRead> parameters = new ArrayList<>();
  private Object values;
  private String source;
  private String basis;

  TraceNode(Variable<?> variable, Period period) {
    this.variable = variable;
    this.period = period;
  }

  void complete(Object values, String source, String basis) {
    this.values = values;
    this.source = source;
    this.basis = basis;
  }

  void addChild(TraceNode child) {
    if (!children.contains(child)) {
      children.add(child);
    }
  }

  void addParameter(ParameterRead read) {
    if (parameters.stream().noneMatch(p -> p.parameter().path().equals(read.parameter().path()))) {
      parameters.add(read);
    }
  }

  public Variable<?> variable() {
    return variable;
  }

  public Period period() {
    return period;
  }

  public Object values() {
    return values;
  }

  /** {@code input}, {@code default}, or the formula version ({@code since 2025-07-01}). */
  public String source() {
    return source;
  }

  public String basis() {
    return basis;
  }

  public List<TraceNode> children() {
    return children;
  }

  public List<ParameterRead> parameters() {
    return parameters;
  }
}
