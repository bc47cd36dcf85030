package org.ansinh.policy.vn.incentives;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class SocialIncentives {

  private SocialIncentives() {}

  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>(MeritoriousInputs.all());
    all.add(MeritoriousStandardLevel.MERITORIOUS_STANDARD_LEVEL);
    all.add(MeritoriousAllowance.MERITORIOUS_ALLOWANCE);
    return List.copyOf(all);
  }
}
