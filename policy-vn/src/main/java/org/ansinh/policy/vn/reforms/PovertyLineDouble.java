package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.poverty.LocalPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Seed 004: "raising the City's poverty line to twice the national minimum living standard". The
 * national income lines of Decree 07/2021/NĐ-CP Art. 3 (kept for 2026, raised from 2027 by Decree
 * 351/2025/NĐ-CP) are the minimum living standard; Ho Chi Minh City's own standard becomes the
 * national one with each income line times {@code multiplier}: a household in province 79 whose
 * income per person is at or below {@code multiplier} × the line of its area (the rural one when
 * the area is not given, as nationally) is poor with at least the national number of deprivations,
 * near-poor with fewer. The household's status is the more severe of this and the national one (as
 * in the baseline), so everything that depends on being poor or near-poor follows: state-paid or
 * supported HI, voluntary SI support, poverty-conditioned allowances.
 */
public final class PovertyLineDouble implements SeedReform {

  @Override
  public String name() {
    return "poverty_line_double";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    double multiplier = s.number("multiplier");
    String basis = d.source().basis();
    return SeedReform.start(d, s)
        .replace(
            FormulaFrom.replace(
                LocalPovertyStatus.POVERTY_STATUS_LOCAL,
                s.from(),
                basis,
                (c, out) -> compute(c, out, multiplier)))
        .build();
  }

  private static void compute(Computation c, byte[] out, double multiplier) {
    FormulaFrom.baseline(LocalPovertyStatus.POVERTY_STATUS_LOCAL, c, out);
    int[] province = c.get(HouseholdInputs.PROVINCE);
    long[] income = c.get(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    boolean[] incomeKnown = c.given(HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA);
    int[] deprivations = c.get(HouseholdInputs.DEPRIVATION_COUNT);
    byte[] area = c.get(HouseholdInputs.AREA_TYPE);
    boolean[] areaKnown = c.given(HouseholdInputs.AREA_TYPE);
    long urbanLine = Math.round(multiplier * c.money("poverty.national.income_line_urban"));
    long ruralLine = Math.round(multiplier * c.money("poverty.national.income_line_rural"));
    int threshold = c.integer("poverty.national.deprivation_threshold");
    for (int i = 0; i < out.length; i++) {
      if (province[i] != HouseholdInputs.HO_CHI_MINH_CITY || !incomeKnown[i]) {
        continue;
      }
      boolean urban = areaKnown[i] && area[i] == AreaType.URBAN.ordinal();
      if (income[i] <= (urban ? urbanLine : ruralLine)) {
        PovertyStatus status =
            deprivations[i] >= threshold ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR;
        out[i] = PovertyStatus.moreSevere(out[i], (byte) status.ordinal());
      }
    }
  }
}
