package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Mức hỗ trợ thêm của địa phương: the share of the contribution at the rural poverty line a city
 * adds to the central support, by the household's poverty group, where its People's Council has so
 * resolved and while the resolution is in force — Ho Chi Minh City (Resolution 84/2025/NQ-HĐND,
 * from 2026: +30% poor, +25% near-poor) and Hanoi (resolution of 9 July 2025, permanent residents:
 * +50% poor, +60% near-poor, +10% others). Subject to the same 10-year cap as the central support
 * (uncertain); 0 for someone who may not join.
 *
 * <p>Law 41/2024/QH15, Art. 36.2 and Decree 159/2025/NĐ-CP let provinces add support; Decree
 * 134/2015/NĐ-CP, Art. 14.1 did so before.
 */
public final class VoluntarySiLocalSupportRate {

  private static final String HCMC = "social_insurance.voluntary.local_support.hcmc.";
  private static final String HANOI = "social_insurance.voluntary.local_support.hanoi.";

  public static final Variable<double[]> VOLUNTARY_SI_LOCAL_SUPPORT_RATE =
      Variable.rate("voluntary_si_local_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ ngân sách địa phương hỗ trợ thêm tiền đóng BHXH tự nguyện",
              "Provincial top-up support rate for voluntary SI")
          .reference("Nghị quyết 84/2025/NQ-HĐND TP.HCM; Nghị quyết HĐND TP Hà Nội ngày 09/07/2025")
          .formula(
              "2018-01-01",
              "Nghị định 134/2015/NĐ-CP, Điều 14 khoản 1; Luật BHXH 41/2024/QH15, Điều 36;"
                  + " nghị quyết của HĐND cấp tỉnh",
              VoluntarySiLocalSupportRate::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    boolean[] eligible = c.get(VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE);
    int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    byte[] residence = c.get(PersonInputs.RESIDENCE_STATUS);
    int[] supported = c.get(SocialInsuranceInputs.VOLUNTARY_SI_SUPPORTED_MONTHS);
    int maxMonths = c.integer("social_insurance.voluntary.state_support.max_months");
    double[] hcmc = byPovertyStatus(c, HCMC);
    double[] hanoi = byPovertyStatus(c, HANOI);
    int permanent = ResidenceStatus.PERMANENT.ordinal();
    for (int i = 0; i < out.length; i++) {
      if (!eligible[i] || supported[i] >= maxMonths) {
        continue;
      }
      if (province[i] == HouseholdInputs.HO_CHI_MINH_CITY) {
        out[i] = hcmc[poverty[i]];
      } else if (province[i] == HouseholdInputs.HANOI && residence[i] == permanent) {
        out[i] = hanoi[poverty[i]];
      }
    }
  }

  /** The city's rates indexed by poverty status ordinal; zeros where it has none in force. */
  private static double[] byPovertyStatus(Computation c, String city) {
    double[] rates = new double[PovertyStatus.values().length];
    if (c.inForce(city + "poor")) {
      rates[PovertyStatus.POOR.ordinal()] = c.rate(city + "poor");
      rates[PovertyStatus.NEAR_POOR.ordinal()] = c.rate(city + "near_poor");
      rates[PovertyStatus.NONE.ordinal()] = c.rate(city + "other");
    }
    return rates;
  }

  private VoluntarySiLocalSupportRate() {}
}
