package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Nhóm tham gia BHYT: who pays the person's health insurance — the national group ({@link
 * HiNationalContributionGroup}), except that a person who would buy in the household scheme but
 * whose province pays part or all of the card joins the state-supported group (Luật BHYT Điều 12
 * khoản 4 and Điều 13; the city resolutions in {@link HiLocalSupportRate}). Members of the
 * supported group are not ranked in the household scheme (Nghị định 146/2018/NĐ-CP Điều 5).
 */
public final class HiContributionGroup {

  public static final Variable<byte[]> HI_CONTRIBUTION_GROUP =
      Variable.enumeration("hi_contribution_group", HiGroup.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label("Nhóm tham gia bảo hiểm y tế", "Health insurance contribution group")
          .reference("Luật BHYT 25/2008/QH12 (sửa đổi 2014, 2024), Điều 12")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 12; nghị quyết HĐND về"
                  + " hỗ trợ đóng BHYT",
              HiContributionGroup::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 12; nghị quyết HĐND về hỗ trợ đóng BHYT",
              HiContributionGroup::compute)
          .build();

  private static void compute(Computation c, byte[] out) {
    byte[] national = c.get(HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP);
    double[] local = c.get(HiLocalSupportRate.HI_LOCAL_SUPPORT_RATE);
    byte household = (byte) HiGroup.HOUSEHOLD.ordinal();
    byte supported = (byte) HiGroup.STATE_SUPPORTED.ordinal();
    for (int i = 0; i < out.length; i++) {
      out[i] = national[i] == household && local[i] > 0 ? supported : national[i];
    }
  }

  private HiContributionGroup() {}
}
