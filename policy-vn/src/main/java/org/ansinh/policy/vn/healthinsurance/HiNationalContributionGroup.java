package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.CommuneArea;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialassistance.SocialPensionEligibility;

/**
 * The health insurance group under national rules alone, before any provincial support: a person in
 * several groups belongs to the first in the law's order (Luật BHYT 25/2008/QH12 Điều 12 as amended
 * by Luật 46/2014/QH13; Nghị định 146/2018/NĐ-CP Điều 1–5; from 2025-07-01 Luật 51/2024/QH15 and
 * Nghị định 188/2025/NĐ-CP).
 *
 * <ol>
 *   <li>employees with a labour contract of at least the minimum length (3 months; 1 month from
 *       2025-07-01);
 *   <li>pensioners and people drawing unemployment benefit (paid by the SI / UI funds);
 *   <li>state-paid: children under 6, members of poor households, people with meritorious service,
 *       monthly social allowance beneficiaries, social pension beneficiaries (Luật 41/2024/QH15
 *       Điều 22), everyone living in extremely difficult communes or on islands, and
 *       ethnic-minority people in difficult communes;
 *   <li>state-supported: a central support rate above zero ({@link HiNationalSupportRate});
 *   <li>otherwise the household scheme.
 * </ol>
 */
public final class HiNationalContributionGroup {

  public static final Variable<byte[]> HI_NATIONAL_CONTRIBUTION_GROUP =
      Variable.enumeration("hi_national_contribution_group", HiGroup.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Nhóm tham gia BHYT theo quy định trung ương (chưa tính hỗ trợ của địa phương)",
              "Health insurance group under national rules (before provincial support)")
          .reference("Luật BHYT 25/2008/QH12 (sửa đổi 2014, 2024), Điều 12")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 12; Nghị định"
                  + " 146/2018/NĐ-CP Điều 1–5",
              HiNationalContributionGroup::compute)
          .formula(
              "2025-07-01",
              "Luật BHYT sửa đổi bởi Luật 51/2024/QH15, Điều 12; Luật BHXH 41/2024/QH15 Điều 22;"
                  + " Nghị định 188/2025/NĐ-CP",
              HiNationalContributionGroup::compute)
          .build();

  private static void compute(Computation c, byte[] out) {
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    int[] contract = c.get(PersonInputs.LABOUR_CONTRACT_MONTHS);
    boolean[] pension = c.get(PersonInputs.HAS_PENSION);
    boolean[] uiBenefit = c.get(PersonInputs.RECEIVING_UI_BENEFIT);
    boolean[] stateBudget = stateBudget(c);
    double[] support = c.get(HiNationalSupportRate.HI_NATIONAL_SUPPORT_RATE);
    int minContract = c.integer("health_insurance.payroll.min_contract_months");
    int employee = EmploymentStatus.EMPLOYEE.ordinal();
    for (int i = 0; i < out.length; i++) {
      HiGroup group;
      if (employment[i] == employee && contract[i] > 0 && contract[i] >= minContract) {
        group = HiGroup.EMPLOYER_EMPLOYEE;
      } else if (pension[i] || uiBenefit[i]) {
        group = HiGroup.SOCIAL_INSURANCE_FUND;
      } else if (stateBudget[i]) {
        group = HiGroup.STATE_BUDGET;
      } else if (support[i] > 0) {
        group = HiGroup.STATE_SUPPORTED;
      } else {
        group = HiGroup.HOUSEHOLD;
      }
      out[i] = (byte) group.ordinal();
    }
  }

  /** Whether the person is in a category the state budget pays for in full. */
  private static boolean[] stateBudget(Computation c) {
    int[] age = c.get(PersonInputs.AGE);
    boolean[] meritorious = c.get(PersonInputs.IS_MERITORIOUS);
    boolean[] ethnic = c.get(PersonInputs.ETHNIC_MINORITY);
    boolean[] assisted = c.get(HealthInsuranceInputs.SOCIAL_ASSISTANCE_BENEFICIARY);
    boolean[] socialPension = c.get(SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    byte[] commune = c.ofGroup(HouseholdInputs.COMMUNE_AREA);
    int childAge = c.integer("health_insurance.contribution_groups.child_age_limit");
    boolean[] out = new boolean[age.length];
    for (int i = 0; i < out.length; i++) {
      boolean remoteArea =
          commune[i] == CommuneArea.EXTREMELY_DIFFICULT.ordinal()
              || commune[i] == CommuneArea.ISLAND.ordinal()
              || (ethnic[i] && commune[i] == CommuneArea.DIFFICULT.ordinal());
      out[i] =
          age[i] < childAge
              || poverty[i] == PovertyStatus.POOR.ordinal()
              || meritorious[i]
              || assisted[i]
              || socialPension[i]
              || remoteArea;
    }
    return out;
  }

  private HiNationalContributionGroup() {}
}
