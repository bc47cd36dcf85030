package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Đối tượng hưởng trợ cấp hưu trí xã hội (from 1 July 2025): a person aged 75 or more, or 70 to
 * under 75 in a poor or near-poor household (Law 41/2024/QH15, Art. 21 khoản 1 điểm a, khoản 2),
 * who receives no pension or monthly social insurance benefit — or one lower than the social
 * pension amount (Art. 21 khoản 1 điểm b; Decree 176/2025/NĐ-CP, Art. 2 khoản 1 điểm b) — and has
 * asked for it in writing (Art. 21 khoản 1 điểm c). The amount compared with the pension is the one
 * applied where the person lives. Before 1 July 2025 there is no social pension: false.
 */
public final class SocialPensionEligibility {

  public static final Variable<boolean[]> SOCIAL_PENSION_ELIGIBLE =
      Variable.bool("social_pension_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đủ điều kiện hưởng trợ cấp hưu trí xã hội", "Eligible for the social pension")
          .reference("Luật BHXH 41/2024/QH15, Điều 21; Nghị định 176/2025/NĐ-CP, Điều 2")
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 21; Nghị định 176/2025/NĐ-CP, Điều 2",
              SocialPensionEligibility::law2024)
          .build();

  private static void law2024(Computation c, boolean[] out) {
    int[] age = c.get(PersonInputs.AGE);
    boolean[] hasPension = c.get(PersonInputs.HAS_PENSION);
    long[] pension = c.get(SocialAssistanceInputs.MONTHLY_PENSION_AMOUNT);
    boolean[] requested = c.get(SocialAssistanceInputs.SOCIAL_PENSION_REQUESTED);
    long[] amount = c.get(SocialPensionAmount.SOCIAL_PENSION_AMOUNT);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    int minAge = c.integer("social_assistance.social_pension.min_age");
    int minAgePoor = c.integer("social_assistance.social_pension.min_age_poor_or_near_poor");
    for (int i = 0; i < out.length; i++) {
      boolean poorOrNearPoor =
          poverty[i] == PovertyStatus.POOR.ordinal()
              || poverty[i] == PovertyStatus.NEAR_POOR.ordinal();
      boolean ageOk = age[i] >= minAge || (poorOrNearPoor && age[i] >= minAgePoor);
      boolean pensionOk = !hasPension[i] || pension[i] < amount[i];
      out[i] = ageOk && pensionOk && requested[i];
    }
  }

  private SocialPensionEligibility() {}
}
