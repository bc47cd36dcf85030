package org.ansinh.policy.vn.poverty;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.household.HouseholdInputs;

/**
 * Hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều quốc gia: a household whose income per person is
 * at or below the income line of its area ("từ … trở xuống") is poor when it lacks at least the
 * threshold number of basic social services, near-poor when it lacks fewer. Decree 07/2021/NĐ-CP,
 * Art. 3 (2022–2025, kept for 2026 by Decree 351/2025/NĐ-CP); Decree 351/2025/NĐ-CP (higher lines
 * from 2027).
 *
 * <p>Computed only where the household's income is known; otherwise {@code NONE}. Where {@code
 * area_type} is not given, the lower (rural) line applies.
 */
public final class NationalPovertyStatus {

  public static final Variable<byte[]> POVERTY_STATUS_NATIONAL =
      Variable.enumeration("poverty_status_national", PovertyStatus.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Tình trạng nghèo của hộ theo chuẩn nghèo quốc gia",
              "Household poverty status under the national standard")
          .reference("Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP")
          .formula(
              "2022-01-01",
              "Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP",
              NationalPovertyStatus::multidimensional)
          .build();

  private static void multidimensional(Computation c, byte[] out) {
    long[] income = c.get(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    boolean[] incomeKnown = c.given(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    int[] deprivations = c.get(HouseholdInputs.DEPRIVATION_COUNT);
    byte[] area = c.get(HouseholdInputs.AREA_TYPE);
    boolean[] areaKnown = c.given(HouseholdInputs.AREA_TYPE);
    long urbanLine = c.money("poverty.national.income_line_urban");
    long ruralLine = c.money("poverty.national.income_line_rural");
    int threshold = c.integer("poverty.national.deprivation_threshold");
    for (int i = 0; i < out.length; i++) {
      if (!incomeKnown[i]) {
        continue;
      }
      boolean urban = areaKnown[i] && area[i] == AreaType.URBAN.ordinal();
      if (income[i] <= (urban ? urbanLine : ruralLine)) {
        out[i] =
            (byte)
                (deprivations[i] >= threshold
                    ? PovertyStatus.POOR.ordinal()
                    : PovertyStatus.NEAR_POOR.ordinal());
      }
    }
  }

  private NationalPovertyStatus() {}
}
