package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Số tiền ngân sách nhà nước đóng, hỗ trợ đóng BHYT mỗi tháng: what the state budget (central and
 * city) pays a month toward the person's health insurance — {@code hi_state_support_rate} times the
 * flat contribution of 4.5% of the base salary / reference level. The whole contribution for the
 * state-paid group (children under 6, poor households, social allowance and social pension
 * recipients…: Luật BHYT Điều 12 khoản 3), the central plus city share for the supported group
 * (Điều 12 khoản 4; Nghị định 146/2018/NĐ-CP Điều 8; Nghị định 188/2025/NĐ-CP; the HĐND resolutions
 * of {@link HiLocalSupportRate}); nothing for employees, for those paid by the SI / UI funds and
 * for the household scheme.
 *
 * <p>It is the support the person is entitled to when holding a card; whether they hold one is for
 * the access analysis, not the law. Reforms that change who the state pays for change this amount,
 * so a reform comparison prices them through it.
 */
public final class HiStateSupportMonthly {

  public static final Variable<long[]> HI_STATE_SUPPORT_MONTHLY =
      Variable.money("hi_state_support_monthly")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tiền ngân sách nhà nước đóng hoặc hỗ trợ đóng BHYT mỗi tháng",
              "State budget's monthly payment toward the person's HI contribution")
          .reference("Luật BHYT, Điều 12 khoản 3–4, Điều 13; Nghị định 146/2018/NĐ-CP, Điều 7–8")
          .formula(
              "2018-12-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 12 khoản 3–4, Điều 13;"
                  + " Nghị định 146/2018/NĐ-CP Điều 7–8",
              HiStateSupportMonthly::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 12–13; Nghị định 188/2025/NĐ-CP",
              HiStateSupportMonthly::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    byte[] group = c.get(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    double[] support = c.get(HiStateSupportRate.HI_STATE_SUPPORT_RATE);
    long[] reference = c.get(HiReferenceAmount.HI_REFERENCE_AMOUNT);
    double rate = c.rate("health_insurance.contribution_rate");
    byte stateBudget = (byte) HiGroup.STATE_BUDGET.ordinal();
    byte supported = (byte) HiGroup.STATE_SUPPORTED.ordinal();
    for (int i = 0; i < out.length; i++) {
      if (group[i] == stateBudget || group[i] == supported) {
        out[i] = Math.round(support[i] * Math.round(rate * reference[i]));
      }
    }
  }

  private HiStateSupportMonthly() {}
}
