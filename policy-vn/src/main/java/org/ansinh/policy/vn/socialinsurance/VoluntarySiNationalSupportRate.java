package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Mức hỗ trợ tiền đóng BHXH tự nguyện của ngân sách trung ương: the share of the contribution at
 * the rural poverty line the central budget pays — from 2018, 30% for members of poor households,
 * 25% near-poor, 10% others (Decree 134/2015/NĐ-CP, Art. 14.1); from 1 July 2025, 50% poor or
 * island-commune residents, 40% near-poor, 30% ethnic minorities, 20% others (Decree
 * 159/2025/NĐ-CP), the highest rate of the groups one belongs to. Paid for at most 10 years of
 * supported contributions; 0 for someone who may not join.
 */
public final class VoluntarySiNationalSupportRate {

  private static final String RATES = "social_insurance.voluntary.state_support.";

  public static final Variable<double[]> VOLUNTARY_SI_NATIONAL_SUPPORT_RATE =
      Variable.rate("voluntary_si_national_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ ngân sách trung ương hỗ trợ tiền đóng BHXH tự nguyện",
              "Central-budget support rate for voluntary SI")
          .reference("Nghị định 159/2025/NĐ-CP; Luật BHXH 41/2024/QH15, Điều 36 khoản 1")
          .formula(
              "2018-01-01",
              "Luật BHXH 58/2014/QH13, Điều 87 khoản 1; Nghị định 134/2015/NĐ-CP, Điều 14",
              VoluntarySiNationalSupportRate::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 2, Điều 36 khoản 1; Nghị định 159/2025/NĐ-CP",
              VoluntarySiNationalSupportRate::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    boolean[] eligible = c.get(VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] ethnicMinority = c.get(PersonInputs.ETHNIC_MINORITY);
    boolean[] island = c.get(SocialInsuranceInputs.RESIDES_IN_ISLAND_COMMUNE);
    int[] supported = c.get(SocialInsuranceInputs.VOLUNTARY_SI_SUPPORTED_MONTHS);
    double poor = c.rate(RATES + "poor");
    double nearPoor = c.rate(RATES + "near_poor");
    double ethnic = c.rate(RATES + "ethnic_minority");
    double islandRate = c.rate(RATES + "island_commune");
    double other = c.rate(RATES + "other");
    int maxMonths = c.integer(RATES + "max_months");
    for (int i = 0; i < out.length; i++) {
      if (!eligible[i] || supported[i] >= maxMonths) {
        continue;
      }
      double rate = other;
      if (poverty[i] == PovertyStatus.POOR.ordinal()) {
        rate = Math.max(rate, poor);
      } else if (poverty[i] == PovertyStatus.NEAR_POOR.ordinal()) {
        rate = Math.max(rate, nearPoor);
      }
      if (ethnicMinority[i]) {
        rate = Math.max(rate, ethnic);
      }
      if (island[i]) {
        rate = Math.max(rate, islandRate);
      }
      out[i] = rate;
    }
  }

  private VoluntarySiNationalSupportRate() {}
}
