package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * The one place where unemployment insurance reads variables owned by other pillars. TEMPORARY
 * placeholder (a plain input) until the pension pillar lands on main; then the field becomes a
 * reference to the owner's variable and {@link #placeholders()} returns an empty list.
 */
public final class CrossPillar {

  /**
   * Pension pillar: meets the conditions for an old-age pension (excludes UI benefit from 2026).
   */
  public static final Variable<boolean[]> PENSION_ELIGIBLE =
      Variable.bool("pension_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đủ điều kiện hưởng lương hưu", "Eligible for an old-age pension")
          .build();

  private CrossPillar() {}

  /** Variables defined here only until their owners are merged. */
  public static List<Variable<?>> placeholders() {
    return List.of(PENSION_ELIGIBLE);
  }
}
