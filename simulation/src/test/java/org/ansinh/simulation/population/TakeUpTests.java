package org.ansinh.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TakeUpTests {

  /** reached(x) = 100 x: the target 37 is met at x = 0.37. */
  @Test
  void bisectionFindsTheParameterThatMeetsTheTarget() {
    assertThat(TakeUp.calibrate(0.9, 0, 1, 37, x -> 100 * x)).isCloseTo(0.37, within(1e-9));
  }

  @Test
  void withoutATargetTheShapesValueStandsAndOutOfReachTheBoundIsReturned() {
    assertThat(TakeUp.calibrate(0.9, 0, 1, Double.NaN, x -> 100 * x)).isEqualTo(0.9);
    assertThat(TakeUp.calibrate(0.9, 0, 1, 250, x -> 100 * x)).isCloseTo(1.0, within(1e-9));
  }
}
