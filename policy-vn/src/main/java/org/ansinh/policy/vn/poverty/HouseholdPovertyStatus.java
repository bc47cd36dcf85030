package org.ansinh.policy.vn.poverty;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Hộ nghèo / hộ cận nghèo: a household's poverty status — given when the commune's list says so,
 * otherwise computed from income per person and deprivations by the national multidimensional
 * poverty standard, or by the city's own line where the province has one.
 */
public final class HouseholdPovertyStatus {

  public static final Variable<byte[]> POVERTY_STATUS =
      Variable.enumeration("poverty_status", PovertyStatus.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Tình trạng nghèo của hộ", "Household poverty status")
          .reference("Nghị định 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP")
          .build();

  private HouseholdPovertyStatus() {}
}
