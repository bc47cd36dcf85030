package org.ansinh.policy.vn.healthinsurance;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class HealthInsurance {

  private HealthInsurance() {}

  public static List<Variable<?>> variables() {
    return List.of();
  }
}
