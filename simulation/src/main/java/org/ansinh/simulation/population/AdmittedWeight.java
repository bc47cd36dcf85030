package org.ansinh.simulation.population;

import java.util.function.DoubleUnaryOperator;

/**
 * The weight a take-up rule admits at a value of its free parameter, as {@link TakeUp#calibrate}'s
 * bisection asks for it: the same double as summing every person's weight in person order, for a
 * fraction of the work.
 *
 * <p>Only the candidates are held (persons the rule can admit at some parameter; the others add
 * nothing), with their weights side by side in person order. The rule is non-decreasing in the
 * parameter (a draw below a logistic or below a share), so once the bisection moves its lower bound
 * to a point, whoever that point admitted is admitted at every later point, and once it moves the
 * upper bound, whoever it refused stays refused: those are not asked again, and the rule (an
 * exponential each for the logits) is evaluated about twice per candidate instead of fifty times.
 * The sum is still taken over all candidates in person order, so the comparison with the target —
 * and the calibrated parameter — come out exactly as before.
 */
final class AdmittedWeight implements DoubleUnaryOperator {

  /** Whether candidate {@code j} is admitted at {@code parameter}; non-decreasing in it. */
  interface Rule {
    boolean admits(int j, double parameter);
  }

  private static final byte OPEN = 0;
  private static final byte ADMITTED = 1;
  private static final byte REFUSED = 2;

  private final double base;
  private final double target;
  private final double[] weight;
  private final Rule rule;
  private final byte[] settled;
  private final boolean[] admittedNow;
  private boolean asked;
  private boolean lastFellShort;

  /**
   * @param base weight admitted whatever the parameter (added first, as before)
   * @param target what {@link TakeUp#calibrate} compares the result with, to know which bound moves
   * @param weight the candidates' weights, in person order
   */
  AdmittedWeight(double base, double target, double[] weight, Rule rule) {
    this.base = base;
    this.target = target;
    this.weight = weight;
    this.rule = rule;
    this.settled = new byte[weight.length];
    this.admittedNow = new boolean[weight.length];
  }

  @Override
  public double applyAsDouble(double parameter) {
    // What the last point settled is recorded here, in the same pass as the sum: the bisection
    // moved its lower bound there when that sum fell short, its upper bound otherwise, and every
    // later point lies on that side of it.
    byte settles = asked && lastFellShort ? ADMITTED : REFUSED;
    double sum = base;
    for (int j = 0; j < weight.length; j++) {
      byte s = settled[j];
      if (s == OPEN && asked && admittedNow[j] == lastFellShort) {
        s = settles;
        settled[j] = s;
      }
      boolean in = s == OPEN ? rule.admits(j, parameter) : s == ADMITTED;
      admittedNow[j] = in;
      if (in) {
        sum += weight[j];
      }
    }
    asked = true;
    lastFellShort = sum < target;
    return sum;
  }
}
