package org.ansinh.policy.vn.reforms;

import java.util.OptionalDouble;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.policy.vn.healthinsurance.HiNationalContributionGroup;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialassistance.BasicIncomeSupport;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceStandardLevel;

/**
 * Seed 000: "a universal minimum package of social protection, covering healthcare and basic income
 * support, irrespective of employment status". Two parts, neither asking for a labour contract nor
 * a residence registration:
 *
 * <ul>
 *   <li>health care: everyone who would buy their own card (household scheme or a partly supported
 *       group) joins the group whose card the state budget pays in full;
 *   <li>basic income: every member of a household whose income per person is at or below the
 *       poverty line — poor and near-poor households alike (Decree 07/2021/NĐ-CP Art. 3) — receives
 *       {@code amount} a month; by default the social assistance standard level where they live,
 *       the amount the law already treats as the floor of monthly assistance (Decree 20/2021/NĐ-CP
 *       Art. 4, as amended; the city's own level where it is higher). It is paid on top of any
 *       allowance the person already draws.
 * </ul>
 */
public final class PortableFloor implements SeedReform {

  @Override
  public String name() {
    return "portable_floor";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    OptionalDouble amount = s.optional("amount");
    String basis = d.source().basis();
    return SeedReform.start(d, s)
        .replace(
            FormulaFrom.replace(
                HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP,
                s.from(),
                basis,
                PortableFloor::stateBudgetForAll))
        .replace(
            FormulaFrom.replace(
                BasicIncomeSupport.BASIC_INCOME_SUPPORT,
                s.from(),
                basis,
                (c, out) -> basicIncome(c, out, amount)))
        .build();
  }

  private static void stateBudgetForAll(Computation c, byte[] out) {
    FormulaFrom.baseline(HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP, c, out);
    byte household = (byte) HiGroup.HOUSEHOLD.ordinal();
    byte supported = (byte) HiGroup.STATE_SUPPORTED.ordinal();
    byte stateBudget = (byte) HiGroup.STATE_BUDGET.ordinal();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == household || out[i] == supported) {
        out[i] = stateBudget;
      }
    }
  }

  private static void basicIncome(Computation c, long[] out, OptionalDouble amount) {
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    long[] standard = c.get(SocialAssistanceStandardLevel.SOCIAL_ASSISTANCE_STANDARD_LEVEL);
    for (int i = 0; i < out.length; i++) {
      if (poverty[i] != PovertyStatus.NONE.ordinal()) {
        out[i] = amount.isPresent() ? Math.round(amount.getAsDouble()) : standard[i];
      }
    }
  }
}
