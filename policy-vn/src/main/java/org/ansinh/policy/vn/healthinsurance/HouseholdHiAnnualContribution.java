package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * What the household pays for twelve months of health insurance bought this month for its members
 * who buy cards themselves: the sum of {@code hi_annual_contribution} over members of the household
 * scheme and of the state-supported group (Luật BHYT Điều 13 khoản 1 điểm e; Nghị định
 * 146/2018/NĐ-CP Điều 5, Điều 7 khoản 1 điểm e). Employees' payroll shares are not included.
 */
public final class HouseholdHiAnnualContribution {

  public static final Variable<long[]> HOUSEHOLD_HI_ANNUAL_CONTRIBUTION =
      Variable.money("household_hi_annual_contribution")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Số tiền hộ gia đình đóng cho 12 tháng BHYT của các thành viên tự mua",
              "What the household pays for 12 months of HI of members buying cards")
          .reference("Luật BHYT, Điều 13; Nghị định 146/2018/NĐ-CP, Điều 5 và Điều 7")
          .formula(
              "2018-12-01",
              "Nghị định 146/2018/NĐ-CP, Điều 5, Điều 7 khoản 1 điểm e",
              HouseholdHiAnnualContribution::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 13; Nghị định 188/2025/NĐ-CP",
              HouseholdHiAnnualContribution::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    byte[] group = c.members(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    long[] annual = c.members(HiAnnualContribution.HI_ANNUAL_CONTRIBUTION);
    long[] bought = new long[annual.length];
    for (int i = 0; i < annual.length; i++) {
      boolean buysCard =
          group[i] == HiGroup.HOUSEHOLD.ordinal() || group[i] == HiGroup.STATE_SUPPORTED.ordinal();
      bought[i] = buysCard ? annual[i] : 0;
    }
    long[] total = c.sumByGroup(bought);
    System.arraycopy(total, 0, out, 0, out.length);
  }

  private HouseholdHiAnnualContribution() {}
}
