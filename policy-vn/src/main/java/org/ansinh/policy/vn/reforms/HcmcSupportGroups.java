package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceGroup;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceInputs;

/**
 * Seed 004's named groups in Ho Chi Minh City are "supported to buy health insurance cards or
 * participate in voluntary social insurance": the state's share of their HI card is raised to at
 * least {@code hi_rate} and of their voluntary SI contribution to at least {@code vsi_rate}.
 *
 * <p>The groups, all in province 79: people aged 60 to under 75 without a pension; members of poor
 * and near-poor households; disadvantaged pupils and students ({@code disadvantaged_student});
 * orphans ({@code is_orphan}, or the social assistance group of children without support); people
 * with a mild disability; and the unemployed whose UI benefit has run out — read as: unemployed,
 * not drawing UI benefit, and without work for at least 3 of the last 12 months ({@code
 * months_worked_in_year} ≤ 12 − 3). That reading also takes in the long-term unemployed who never
 * drew UI benefit; the law keeps no record of a benefit that ended, so it cannot tell them apart.
 * Those the state already pays for in full are unchanged.
 */
public final class HcmcSupportGroups implements SeedReform {

  @Override
  public String name() {
    return "hcmc_support_groups";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    Groups groups = new Groups(d);
    double hiRate = s.number("hi_rate");
    double vsiRate = s.number("vsi_rate");
    String basis = d.source().basis();
    return SeedReform.start(d, s)
        .replace(CityTopUp.healthInsurance(s.from(), basis, c -> groups.rateFor(c, hiRate)))
        .replace(CityTopUp.voluntarySi(s.from(), basis, c -> groups.rateFor(c, vsiRate)))
        .build();
  }

  /** Who belongs to the named groups; the ages and months are the seed's, in the definition. */
  private static final class Groups {
    private final int elderlyMin;
    private final int elderlyMax;
    private final int monthsWithoutWork;

    Groups(ReformDefinition d) {
      this.elderlyMin = (int) d.term("elderly_min_age");
      this.elderlyMax = (int) d.term("elderly_max_age");
      this.monthsWithoutWork = (int) d.term("unemployed_min_months");
    }

    double[] rateFor(Computation c, double rate) {
      boolean[] member = members(c);
      double[] out = new double[member.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = member[i] ? rate : 0;
      }
      return out;
    }

    boolean[] members(Computation c) {
      int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
      byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
      int[] age = c.get(PersonInputs.AGE);
      boolean[] pension = c.get(PersonInputs.HAS_PENSION);
      boolean[] student = c.get(ReformInputs.DISADVANTAGED_STUDENT);
      boolean[] orphan = c.get(ReformInputs.IS_ORPHAN);
      byte[] assistance = c.get(SocialAssistanceInputs.SOCIAL_ASSISTANCE_GROUP);
      byte[] disability = c.get(PersonInputs.DISABILITY_LEVEL);
      byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
      boolean[] uiBenefit = c.get(PersonInputs.RECEIVING_UI_BENEFIT);
      int[] worked = c.get(PersonInputs.MONTHS_WORKED_IN_YEAR);
      boolean[] out = new boolean[age.length];
      for (int i = 0; i < out.length; i++) {
        if (province[i] != HouseholdInputs.HO_CHI_MINH_CITY) {
          continue;
        }
        boolean elderly = age[i] >= elderlyMin && age[i] < elderlyMax && !pension[i];
        boolean poor = poverty[i] != PovertyStatus.NONE.ordinal();
        boolean orphaned =
            orphan[i] || assistance[i] == SocialAssistanceGroup.CHILD_NO_SUPPORT.ordinal();
        boolean mild = disability[i] == DisabilityLevel.MILD.ordinal();
        boolean longUnemployed =
            employment[i] == EmploymentStatus.UNEMPLOYED.ordinal()
                && !uiBenefit[i]
                && worked[i] <= MONTHS_A_YEAR - monthsWithoutWork;
        out[i] = elderly || poor || student[i] || orphaned || mild || longUnemployed;
      }
      return out;
    }
  }

  private static final int MONTHS_A_YEAR = 12;
}
