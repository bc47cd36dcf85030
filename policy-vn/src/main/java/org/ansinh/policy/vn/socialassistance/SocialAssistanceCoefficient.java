package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Hệ số tính mức trợ cấp xã hội hằng tháng: the coefficient of the person's group of social
 * protection beneficiaries (Decree 20/2021/NĐ-CP, Art. 5 for the groups, Art. 6 khoản 1 for the
 * coefficients). A person in several groups receives one allowance, at the highest level (Art. 6):
 * the highest coefficient. Declared groups come from {@code social_assistance_group}; poor elderly
 * people without a supporter (Art. 5.5.a), people aged 80+ without pension (Art. 5.5.c, while that
 * coefficient is in force — to 30 June 2025, when the social pension of Law 41/2024/QH15 replaces
 * it) and people with a severe or extremely severe disability (Art. 5.6; higher for children under
 * 16 and elderly people) are derived from the other inputs. 0 when the person is in no group.
 */
public final class SocialAssistanceCoefficient {

  private static final String COEFFICIENT = "social_assistance.coefficient.";
  private static final String AGE = "social_assistance.age.";
  private static final SocialAssistanceGroup[] GROUPS = SocialAssistanceGroup.values();

  public static final Variable<double[]> SOCIAL_ASSISTANCE_COEFFICIENT =
      Variable.decimal("social_assistance_coefficient")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Hệ số trợ cấp xã hội hằng tháng", "Monthly social allowance coefficient")
          .unit("coefficient")
          .reference("Nghị định 20/2021/NĐ-CP, Điều 5, Điều 6 khoản 1")
          .formula(
              "2021-07-01",
              "Nghị định 20/2021/NĐ-CP, Điều 5, Điều 6",
              SocialAssistanceCoefficient::highest)
          .build();

  /**
   * The coefficients and age limits in force, read once. While the 80+ group does not exist its age
   * is out of reach and its coefficient 0.
   */
  private record Rules(
      int youngChildAge,
      int childMaxAge,
      int elderlyMinAge,
      int elderlyHigherRateAge,
      int elderlyNoPensionAge,
      double childNoSupportUnder4,
      double childNoSupportFrom4,
      double childHivUnder4,
      double childHivFrom4,
      double hivAdult,
      double singleParentPerChild,
      double elderlyPoor60To80,
      double elderlyPoor80Plus,
      double elderlyEthnicArea,
      double elderly80NoPension,
      double childUnder3EthnicArea,
      double extremelySevereChildOrElderly,
      double extremelySevere,
      double severeChildOrElderly,
      double severe) {

    static Rules read(Computation c) {
      boolean noPensionGroup = c.inForce(COEFFICIENT + "elderly_80_no_pension");
      return new Rules(
          c.integer(AGE + "young_child_age"),
          c.integer(AGE + "child_max_age"),
          c.integer(AGE + "elderly_min_age"),
          c.integer(AGE + "elderly_higher_rate_age"),
          noPensionGroup ? c.integer(AGE + "elderly_no_pension_age") : Integer.MAX_VALUE,
          c.number(COEFFICIENT + "child_no_support_under_4"),
          c.number(COEFFICIENT + "child_no_support_from_4"),
          c.number(COEFFICIENT + "child_hiv_poor_under_4"),
          c.number(COEFFICIENT + "child_hiv_poor_from_4"),
          c.number(COEFFICIENT + "hiv_poor_adult"),
          c.number(COEFFICIENT + "single_parent_poor_per_child"),
          c.number(COEFFICIENT + "elderly_poor_no_supporter_60_to_80"),
          c.number(COEFFICIENT + "elderly_poor_no_supporter_80_plus"),
          c.number(COEFFICIENT + "elderly_75_to_80_poor_ethnic_area"),
          noPensionGroup ? c.number(COEFFICIENT + "elderly_80_no_pension") : 0,
          c.number(COEFFICIENT + "child_under_3_poor_ethnic_area"),
          c.number(COEFFICIENT + "disability_extremely_severe_child_or_elderly"),
          c.number(COEFFICIENT + "disability_extremely_severe"),
          c.number(COEFFICIENT + "disability_severe_child_or_elderly"),
          c.number(COEFFICIENT + "disability_severe"));
    }
  }

  private static void highest(Computation c, double[] out) {
    int[] age = c.get(PersonInputs.AGE);
    byte[] group = c.get(SocialAssistanceInputs.SOCIAL_ASSISTANCE_GROUP);
    int[] children = c.get(SocialAssistanceInputs.CHILDREN_RAISED_COUNT);
    byte[] disability = c.get(PersonInputs.DISABILITY_LEVEL);
    boolean[] pension = c.get(PersonInputs.HAS_PENSION);
    boolean[] supporter = c.get(PersonInputs.HAS_LEGAL_SUPPORTER);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    Rules r = Rules.read(c);
    for (int i = 0; i < out.length; i++) {
      double declared = declaredGroup(r, group[i], age[i], children[i]);
      boolean poor = poverty[i] == PovertyStatus.POOR.ordinal();
      double elderly = elderly(r, age[i], poor, supporter[i], pension[i]);
      double disabled = disability(r, disability[i], age[i]);
      out[i] = Math.max(declared, Math.max(elderly, disabled));
    }
  }

  /** The coefficient of a declared group (Art. 6 khoản 1 điểm a, b, d, đ, and for k7, k8). */
  private static double declaredGroup(Rules r, byte group, int age, int children) {
    return switch (GROUPS[group]) {
      case CHILD_NO_SUPPORT, YOUTH_16_22_STUDYING ->
          age < r.youngChildAge() ? r.childNoSupportUnder4() : r.childNoSupportFrom4();
      case CHILD_HIV_POOR ->
          age < r.youngChildAge()
              ? r.childHivUnder4()
              : age < r.childMaxAge() ? r.childHivFrom4() : 0;
      case HIV_POOR_ADULT -> r.hivAdult();
      case SINGLE_PARENT_POOR -> r.singleParentPerChild() * Math.max(0, children);
      case ELDERLY_75_80_POOR_ETHNIC_AREA -> r.elderlyEthnicArea();
      case CHILD_UNDER3_POOR_ETHNIC_AREA -> r.childUnder3EthnicArea();
      case NONE -> 0;
    };
  }

  /** Art. 5 khoản 5 điểm a (poor, no supporter) and điểm c (80+, no pension; to 2025-06-30). */
  private static double elderly(
      Rules r, int age, boolean poor, boolean hasSupporter, boolean hasPension) {
    double coefficient = 0;
    if (age >= r.elderlyMinAge() && poor && !hasSupporter) {
      coefficient = age < r.elderlyHigherRateAge() ? r.elderlyPoor60To80() : r.elderlyPoor80Plus();
    }
    if (age >= r.elderlyNoPensionAge() && !hasPension) {
      coefficient = Math.max(coefficient, r.elderly80NoPension());
    }
    return coefficient;
  }

  /** Art. 5 khoản 6: severe or extremely severe disability; higher for children and elderly. */
  private static double disability(Rules r, byte level, int age) {
    boolean childOrElderly = age < r.childMaxAge() || age >= r.elderlyMinAge();
    if (level == DisabilityLevel.EXTREMELY_SEVERE.ordinal()) {
      return childOrElderly ? r.extremelySevereChildOrElderly() : r.extremelySevere();
    }
    if (level == DisabilityLevel.SEVERE.ordinal()) {
      return childOrElderly ? r.severeChildOrElderly() : r.severe();
    }
    return 0;
  }

  private SocialAssistanceCoefficient() {}
}
