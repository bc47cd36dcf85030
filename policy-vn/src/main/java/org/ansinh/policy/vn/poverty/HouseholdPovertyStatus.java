package org.ansinh.policy.vn.poverty;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Hộ nghèo / hộ cận nghèo: a household's poverty status — given when the commune's list says so,
 * otherwise computed from income per person and deprivations by the national multidimensional
 * poverty standard (Decree 07/2021/NĐ-CP, Art. 3; Decree 351/2025/NĐ-CP), or by the city's own,
 * higher standard where the province has one: the more severe of the two.
 */
public final class HouseholdPovertyStatus {

  public static final Variable<byte[]> POVERTY_STATUS =
      Variable.enumeration("poverty_status", PovertyStatus.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Tình trạng nghèo của hộ", "Household poverty status")
          .reference("Nghị định 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP")
          .formula(
              "2022-01-01",
              "Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP; chuẩn nghèo của Thành phố",
              HouseholdPovertyStatus::moreSevere)
          .build();

  private static void moreSevere(Computation c, byte[] out) {
    byte[] national = c.get(NationalPovertyStatus.POVERTY_STATUS_NATIONAL);
    byte[] local = c.get(LocalPovertyStatus.POVERTY_STATUS_LOCAL);
    for (int i = 0; i < out.length; i++) {
      out[i] = PovertyStatus.moreSevere(national[i], local[i]);
    }
  }

  private HouseholdPovertyStatus() {}
}
