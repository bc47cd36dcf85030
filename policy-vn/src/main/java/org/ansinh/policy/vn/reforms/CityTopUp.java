package org.ansinh.policy.vn.reforms;

import java.time.LocalDate;
import java.util.function.Function;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.policy.vn.healthinsurance.HiLocalSupportRate;
import org.ansinh.policy.vn.healthinsurance.HiNationalContributionGroup;
import org.ansinh.policy.vn.healthinsurance.HiNationalSupportRate;
import org.ansinh.policy.vn.socialinsurance.SocialInsuranceInputs;
import org.ansinh.policy.vn.socialinsurance.VoluntarySiEligibility;
import org.ansinh.policy.vn.socialinsurance.VoluntarySiLocalSupportRate;
import org.ansinh.policy.vn.socialinsurance.VoluntarySiNationalSupportRate;

/**
 * A city raising the state's share of a contribution to at least a target rate for some people, on
 * top of central support: the city's rate becomes {@code max(current city rate, target − central
 * rate)}, the way the HĐND resolutions add to the central floor. A target of 0 leaves a person as
 * the law has them.
 *
 * <p>Two reforms that both top up the same contribution cannot be combined: the later replaces the
 * earlier's rule.
 */
final class CityTopUp {

  private CityTopUp() {}

  /**
   * Health insurance: for people who buy their own card (national group household or supported), so
   * the state-paid, employee and fund groups are untouched.
   */
  static Variable<double[]> healthInsurance(
      LocalDate from, String basis, Function<Computation, double[]> target) {
    Variable<double[]> base = HiLocalSupportRate.HI_LOCAL_SUPPORT_RATE;
    return FormulaFrom.replace(
        base,
        from,
        basis,
        (c, out) -> {
          FormulaFrom.baseline(base, c, out);
          byte[] group = c.get(HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP);
          double[] central = c.get(HiNationalSupportRate.HI_NATIONAL_SUPPORT_RATE);
          double[] t = target.apply(c);
          for (int i = 0; i < out.length; i++) {
            boolean buysCard =
                group[i] == HiGroup.HOUSEHOLD.ordinal()
                    || group[i] == HiGroup.STATE_SUPPORTED.ordinal();
            if (buysCard && t[i] > 0) {
              out[i] = Math.max(out[i], t[i] - central[i]);
            }
          }
        });
  }

  /**
   * Voluntary social insurance: for people who may join it and whose supported months are not used
   * up (the limit the law sets on the central support, kept for the city's).
   */
  static Variable<double[]> voluntarySi(
      LocalDate from, String basis, Function<Computation, double[]> target) {
    Variable<double[]> base = VoluntarySiLocalSupportRate.VOLUNTARY_SI_LOCAL_SUPPORT_RATE;
    return FormulaFrom.replace(
        base,
        from,
        basis,
        (c, out) -> {
          FormulaFrom.baseline(base, c, out);
          boolean[] eligible = c.get(VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE);
          double[] central =
              c.get(VoluntarySiNationalSupportRate.VOLUNTARY_SI_NATIONAL_SUPPORT_RATE);
          int[] supported = c.get(SocialInsuranceInputs.VOLUNTARY_SI_SUPPORTED_MONTHS);
          int maxMonths = c.integer("social_insurance.voluntary.state_support.max_months");
          double[] t = target.apply(c);
          for (int i = 0; i < out.length; i++) {
            if (eligible[i] && supported[i] < maxMonths && t[i] > 0) {
              out[i] = Math.max(out[i], t[i] - central[i]);
            }
          }
        });
  }
}
