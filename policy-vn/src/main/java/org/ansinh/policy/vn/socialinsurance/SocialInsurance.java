package org.ansinh.policy.vn.socialinsurance;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class SocialInsurance {

  private SocialInsurance() {}

  public static List<Variable<?>> variables() {
    return List.of();
  }
}
