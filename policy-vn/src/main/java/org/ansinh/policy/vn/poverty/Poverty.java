package org.ansinh.policy.vn.poverty;

import java.util.List;
import org.ansinh.engine.variable.Variable;

/** The variables of this pillar, for {@link org.ansinh.policy.vn.VietnamLegislation}. */
public final class Poverty {

  private Poverty() {}

  public static List<Variable<?>> variables() {
    return List.of(
        NationalPovertyStatus.POVERTY_STATUS_NATIONAL,
        LocalPovertyStatus.POVERTY_STATUS_LOCAL,
        HouseholdPovertyStatus.POVERTY_STATUS);
  }
}
