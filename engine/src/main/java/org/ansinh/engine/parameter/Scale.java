package org.ansinh.engine.parameter;

import java.util.List;

/**
 * A schedule: the amount of the last bracket whose threshold is at most the value looked up.
 * Thresholds are strictly increasing; below the first one the schedule gives {@code below}.
 */
public record Scale(List<Bracket> brackets, double below) {

  public Scale {
    brackets = List.copyOf(brackets);
    for (int i = 1; i < brackets.size(); i++) {
      if (brackets.get(i).threshold() <= brackets.get(i - 1).threshold()) {
        throw new IllegalArgumentException("bracket thresholds must increase");
      }
    }
  }

  public double lookup(double value) {
    double result = below;
    for (Bracket b : brackets) {
      if (value >= b.threshold()) {
        result = b.amount();
      } else {
        break;
      }
    }
    return result;
  }
}
