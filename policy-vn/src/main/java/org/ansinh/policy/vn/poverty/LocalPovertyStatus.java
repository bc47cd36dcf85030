package org.ansinh.policy.vn.poverty;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.HouseholdInputs;

/**
 * Hộ nghèo, hộ cận nghèo theo chuẩn nghèo của Thành phố: the status of a household under the city's
 * own, higher standard, where one is in force. Ho Chi Minh City: Decision 995/QĐ-UBND of 23 March
 * 2021 (poor up to the poor line per person per year, near-poor up to the near-poor line) as
 * amended from 1 October 2024 by HĐND Resolution 15/2024 (the national structure: at or below the
 * line, poor with at least the threshold number of deprivations, near-poor with fewer). The lines
 * are annual: the monthly income per person is compared times 12.
 *
 * <p>No own standard is in force for Hanoi (it applies the national one) nor for Ho Chi Minh City
 * from 2026: {@code NONE} there. Computed only where the household's income is known.
 */
public final class LocalPovertyStatus {

  private static final String POOR_LINE = "poverty.hcmc.poor_income_line";

  public static final Variable<byte[]> POVERTY_STATUS_LOCAL =
      Variable.enumeration("poverty_status_local", PovertyStatus.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Tình trạng nghèo của hộ theo chuẩn nghèo của Thành phố",
              "Household poverty status under the city's own standard")
          .reference("Quyết định 995/QĐ-UBND TP.HCM (2021); Nghị quyết 15/2024/NQ-HĐND TP.HCM")
          .formula(
              "2021-03-23",
              "Quyết định 995/QĐ-UBND TP.HCM; Nghị quyết 15/2024/NQ-HĐND TP.HCM",
              LocalPovertyStatus::hoChiMinhCity)
          .build();

  private static void hoChiMinhCity(Computation c, byte[] out) {
    int[] province = c.get(HouseholdInputs.PROVINCE);
    long[] income = c.get(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    boolean[] incomeKnown = c.given(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    int[] deprivations = c.get(HouseholdInputs.DEPRIVATION_COUNT);
    if (!c.inForce(POOR_LINE)) {
      return;
    }
    long poorLine = c.money(POOR_LINE);
    long nearPoorLine = c.money("poverty.hcmc.near_poor_income_line");
    int threshold = c.integer("poverty.hcmc.poor_deprivation_threshold");
    for (int i = 0; i < out.length; i++) {
      if (province[i] != HouseholdInputs.HO_CHI_MINH_CITY || !incomeKnown[i]) {
        continue;
      }
      long annual = income[i] * 12;
      if (annual <= poorLine && deprivations[i] >= threshold) {
        out[i] = (byte) PovertyStatus.POOR.ordinal();
      } else if (annual <= nearPoorLine) {
        out[i] = (byte) PovertyStatus.NEAR_POOR.ordinal();
      }
    }
  }

  private LocalPovertyStatus() {}
}
