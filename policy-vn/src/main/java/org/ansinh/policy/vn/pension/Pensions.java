package org.ansinh.policy.vn.pension;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class Pensions {

  private Pensions() {}

  public static List<Variable<?>> variables() {
    return List.of();
  }
}
