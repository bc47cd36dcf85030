package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;
import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * The one place where health insurance reads variables owned by other pillars. TEMPORARY
 * placeholders (plain inputs) until those pillars land on main; then each field becomes a reference
 * to the owner's variable and {@link #placeholders()} returns an empty list.
 */
public final class CrossPillar {

  /** Social assistance pillar: eligible for the social pension (state pays the HI card). */
  public static final Variable<boolean[]> SOCIAL_PENSION_ELIGIBLE =
      Variable.bool("social_pension_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đủ điều kiện hưởng trợ cấp hưu trí xã hội", "Eligible for the social pension")
          .build();

  /** Poverty pillar: poverty status by the province's own standard (HCMC, Hanoi). */
  public static final Variable<byte[]> POVERTY_STATUS_LOCAL =
      Variable.enumeration("poverty_status_local", PovertyStatus.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Tình trạng nghèo của hộ theo chuẩn của địa phương",
              "Household poverty status by the province's standard")
          .build();

  private CrossPillar() {}

  /** Variables defined here only until their owners are merged. */
  public static List<Variable<?>> placeholders() {
    return List.of(SOCIAL_PENSION_ELIGIBLE, POVERTY_STATUS_LOCAL);
  }
}
