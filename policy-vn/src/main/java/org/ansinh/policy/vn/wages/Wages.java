package org.ansinh.policy.vn.wages;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class Wages {

  private Wages() {}

  public static List<Variable<?>> variables() {
    return List.of(
        BaseSalary.BASE_SALARY,
        ReferenceLevel.REFERENCE_LEVEL,
        RegionalMinimumWage.REGIONAL_MINIMUM_WAGE);
  }
}
