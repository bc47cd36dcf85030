package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.HouseholdInputs;

/**
 * Hộ gia đình làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình: a
 * household group whose members the state supports in buying health insurance (Luật BHYT, Điều 12
 * khoản 4; Nghị định 146/2018/NĐ-CP Điều 4). True when the household works in agriculture,
 * forestry, fishery or salt-making and is recognised as of average living standard; may be given
 * directly.
 */
public final class AgricultureAverageLiving {

  public static final Variable<boolean[]> AGRICULTURE_AVERAGE_LIVING =
      Variable.bool("agriculture_average_living")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình",
              "Agricultural, forestry, fishery or salt-making household of average living standard")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 4; Nghị định 188/2025/NĐ-CP")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 12 khoản 4",
              (c, out) -> {
                boolean[] agricultural = c.get(HealthInsuranceInputs.AGRICULTURAL_HOUSEHOLD);
                boolean[] average = c.get(HouseholdInputs.AVERAGE_LIVING_STANDARD_HOUSEHOLD);
                for (int i = 0; i < out.length; i++) {
                  out[i] = agricultural[i] && average[i];
                }
              })
          .build();

  private AgricultureAverageLiving() {}
}
