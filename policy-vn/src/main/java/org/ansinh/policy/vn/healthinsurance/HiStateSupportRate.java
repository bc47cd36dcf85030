package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Tỷ lệ ngân sách nhà nước đóng, hỗ trợ: the share of the person's 4.5% flat contribution paid by
 * the state — all of it for the state-paid group (Luật BHYT Điều 12 khoản 3), the central support
 * plus the province's, at most the whole, for the supported group (Điều 12 khoản 4; Nghị định
 * 146/2018/NĐ-CP Điều 8; Nghị định 188/2025/NĐ-CP), nothing for the others.
 */
public final class HiStateSupportRate {

  public static final Variable<double[]> HI_STATE_SUPPORT_RATE =
      Variable.rate("hi_state_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ ngân sách nhà nước đóng hoặc hỗ trợ mức đóng BHYT",
              "Share of the HI contribution paid by the state")
          .reference("Luật BHYT, Điều 12 khoản 3–4; Nghị định 146/2018/NĐ-CP, Điều 8")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 12 khoản 3–4;"
                  + " Nghị định 146/2018/NĐ-CP Điều 8",
              HiStateSupportRate::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 12; Nghị định 188/2025/NĐ-CP",
              HiStateSupportRate::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    byte[] group = c.get(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    double[] national = c.get(HiNationalSupportRate.HI_NATIONAL_SUPPORT_RATE);
    double[] local = c.get(HiLocalSupportRate.HI_LOCAL_SUPPORT_RATE);
    double stateBudget = c.rate("health_insurance.state_support.state_budget");
    for (int i = 0; i < out.length; i++) {
      if (group[i] == HiGroup.STATE_BUDGET.ordinal()) {
        out[i] = stateBudget;
      } else if (group[i] == HiGroup.STATE_SUPPORTED.ordinal()) {
        out[i] = Math.min(1.0, national[i] + local[i]);
      }
    }
  }

  private HiStateSupportRate() {}
}
