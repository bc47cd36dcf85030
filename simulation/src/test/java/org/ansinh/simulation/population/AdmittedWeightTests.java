package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdmittedWeightTests {

  /**
   * A logit take-up over 20,000 candidates of uneven weights: the bisection over the settling sum
   * ends on exactly the double the plain sum over every candidate at every point gives.
   */
  @Test
  void calibratesToTheSameParameterAsThePlainSum() {
    SplittableRandom r = new SplittableRandom(7);
    int n = 20_000;
    double[] weight = new double[n];
    double[] draw = new double[n];
    double[] score = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      weight[j] = 100 + 900 * r.nextDouble();
      draw[j] = r.nextDouble();
      score[j] = 3 * r.nextGaussian();
      total += weight[j];
    }
    double base = 12_345.678;
    for (double share : new double[] {0.05, 0.3, 0.61, 0.97}) {
      double target = base + share * total;
      double plain =
          TakeUp.calibrate(
              0,
              -20,
              20,
              target,
              a -> {
                double sum = base;
                for (int j = 0; j < n; j++) {
                  sum += draw[j] < 1 / (1 + Math.exp(-(a + score[j]))) ? weight[j] : 0;
                }
                return sum;
              });
      AdmittedWeight settling =
          new AdmittedWeight(
              base, target, weight, (j, a) -> draw[j] < 1 / (1 + Math.exp(-(a + score[j]))));
      assertThat(TakeUp.calibrate(0, -20, 20, target, settling)).isEqualTo(plain);
    }
  }

  /** Only the candidates still open are asked: far fewer than fifty times each. */
  @Test
  void asksSettledCandidatesNoMore() {
    int n = 1_000;
    double[] weight = new double[n];
    java.util.Arrays.fill(weight, 1.0);
    int[] asked = new int[1];
    AdmittedWeight settling =
        new AdmittedWeight(
            0,
            400,
            weight,
            (j, c) -> {
              asked[0]++;
              return j < c * n;
            });
    double c = TakeUp.calibrate(0.5, 0, 1, 400, settling);
    assertThat(c).isBetween(0.399, 0.401);
    assertThat(asked[0]).isLessThan(5 * n);
  }
}
