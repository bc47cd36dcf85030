package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.parameter.Scale;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * What the person pays for twelve months of health insurance bought this month.
 *
 * <ul>
 *   <li>employee group: twelve times the employee's own monthly share ({@link
 *       HiPayrollContribution});
 *   <li>groups paid by the SI / UI funds: nothing;
 *   <li>state-paid and state-supported groups: the part the state does not pay of 4.5% of the base
 *       salary / reference level a month (Nghị định 146/2018/NĐ-CP Điều 7 khoản 1, Điều 8);
 *   <li>household scheme: 4.5% for the first member, 70%, 60%, 50% of that for the second, third,
 *       fourth and 40% from the fifth (Luật BHYT Điều 13 khoản 1 điểm e as amended by Luật
 *       46/2014/QH13; Nghị định 146/2018/NĐ-CP Điều 7 khoản 1 điểm e; Nghị định 188/2025/NĐ-CP).
 * </ul>
 */
public final class HiAnnualContribution {

  /** A card bought for a year covers twelve months. */
  private static final int MONTHS = 12;

  public static final Variable<long[]> HI_ANNUAL_CONTRIBUTION =
      Variable.money("hi_annual_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tiền người tham gia tự đóng cho 12 tháng BHYT mua trong tháng",
              "What the person pays for 12 months of HI bought this month")
          .reference("Luật BHYT, Điều 13; Nghị định 146/2018/NĐ-CP, Điều 7–8")
          .formula(
              "2018-12-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 13; Nghị định"
                  + " 146/2018/NĐ-CP Điều 7–8",
              HiAnnualContribution::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 13; Nghị định 188/2025/NĐ-CP",
              HiAnnualContribution::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    byte[] group = c.get(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    long[] employee = c.get(HiPayrollContribution.HI_EMPLOYEE_CONTRIBUTION);
    double[] support = c.get(HiStateSupportRate.HI_STATE_SUPPORT_RATE);
    int[] rank = c.get(HiHouseholdRank.HI_HOUSEHOLD_RANK);
    long[] reference = c.get(HiReferenceAmount.HI_REFERENCE_AMOUNT);
    double rate = c.rate("health_insurance.contribution_rate");
    Scale discount = c.scale("health_insurance.household.member_discount");
    HiGroup[] groups = HiGroup.values();
    for (int i = 0; i < out.length; i++) {
      long fullYear = MONTHS * Math.round(rate * reference[i]);
      HiGroup g = groups[group[i]];
      out[i] =
          switch (g) {
            case EMPLOYER_EMPLOYEE -> MONTHS * employee[i];
            case SOCIAL_INSURANCE_FUND -> 0;
            case STATE_BUDGET, STATE_SUPPORTED -> Math.round((1 - support[i]) * fullYear);
            case HOUSEHOLD -> Math.round(discount.lookup(rank[i]) * fullYear);
          };
    }
  }

  private HiAnnualContribution() {}
}
