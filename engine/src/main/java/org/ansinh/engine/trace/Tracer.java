package org.ansinh.engine.trace;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.variable.Variable;

/** Builds the computation tree while a simulation runs. A cached value links to its node. */
public final class Tracer implements CalculationListener {

  private record Key(String variable, Period period) {}

  private final Map<Key, TraceNode> nodes = new HashMap<>();
  private final Deque<TraceNode> stack = new ArrayDeque<>();
  private TraceNode lastRoot;

  @Override
  public void enter(Variable<?> v, Period period, boolean cached) {
    TraceNode node =
        nodes.computeIfAbsent(new Key(v.name(), period), k -> new TraceNode(v, period));
    if (!stack.isEmpty()) {
      stack.peek().addChild(node);
    }
    if (!cached) {
      stack.push(node);
    } else if (stack.isEmpty()) {
      lastRoot = node;
    }
  }

  @Override
  public void exit(Variable<?> v, Period period, Object values, String source, String basis) {
    TraceNode node = stack.pop();
    node.complete(values, source, basis);
    if (stack.isEmpty()) {
      lastRoot = node;
    }
  }

  @Override
  public void parameterRead(Parameter parameter, LocalDate date, ParameterValue value) {
    if (!stack.isEmpty()) {
      stack.peek().addParameter(new TraceNode.ParameterRead(parameter, date, value));
    }
  }

  /** The tree of the last top-level calculation. */
  public TraceNode lastRoot() {
    return lastRoot;
  }

  public TraceNode node(String variable, Period period) {
    return nodes.get(new Key(variable, period));
  }
}
