package org.ansinh.simulation.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.HouseholdHiEnrolmentAccess;
import org.ansinh.policy.vn.basicservices.LocalSocialAssistanceAccess;
import org.ansinh.policy.vn.healthinsurance.HiContributionGroup;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.policy.vn.healthinsurance.HouseholdHiAnnualContribution;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialassistance.MonthlySocialAllowance;
import org.ansinh.policy.vn.socialassistance.SocialPensionEligibility;
import org.ansinh.policy.vn.socialinsurance.CompulsorySiCoverage;
import org.ansinh.policy.vn.socialinsurance.VoluntarySiEligibility;
import org.ansinh.policy.vn.socialinsurance.VoluntarySiMonthlyContribution;
import org.ansinh.policy.vn.unemployment.UiCovered;

/**
 * Who is known to the ward and who is enrolled: a take-up model driven by barriers, on top of what
 * the law covers. Nobody is enrolled in what the law does not open to them (the engine's coverage,
 * eligibility and residence-access rules); among those it opens to, take-up acts only through named
 * mechanisms, each a shape ({@code shapes/<city>.yaml}):
 *
 * <ul>
 *   <li><b>employer compliance</b> — a covered employee is enrolled in compulsory SI (and UI where
 *       covered) when the employer declares them;
 *   <li><b>information and outreach</b> — being on the ward's lists ({@code
 *       registered_in_social_registry}) raises every application-based take-up;
 *   <li><b>affordability</b> — the own contribution as a share of income lowers voluntary SI and
 *       household health insurance take-up;
 *   <li><b>residence</b> — only through the law's own access rules (household health insurance, the
 *       social allowance and the social pension must be applied for where one resides).
 * </ul>
 *
 * The one free parameter of each insurance (compliance; the intercepts of voluntary SI and
 * household health insurance) is calibrated by bisection so that the weighted enrolment meets the
 * published figure, with the random draws fixed beforehand: the result is deterministic for a seed
 * and monotone in the parameter. Call after the weights are raked.
 */
public final class TakeUp {

  /** Published coverage the free parameters are calibrated to; NaN where there is none. */
  public record Targets(
      double compulsorySiParticipants, double voluntarySiParticipants, double hiCoverageRate) {
    public static final Targets NONE = new Targets(Double.NaN, Double.NaN, Double.NaN);
  }

  /** The calibrated parameters, for the report. */
  public record Calibrated(
      double compulsorySiCompliance, double voluntarySiIntercept, double hiIntercept) {}

  private static final byte EMPLOYER_EMPLOYEE = (byte) HiGroup.EMPLOYER_EMPLOYEE.ordinal();
  private static final byte HOUSEHOLD = (byte) HiGroup.HOUSEHOLD.ordinal();
  private static final byte STATE_SUPPORTED = (byte) HiGroup.STATE_SUPPORTED.ordinal();

  private TakeUp() {}

  /** The law's variables {@link #draw} reads. */
  public static final List<Variable<?>> LAW =
      List.of(
          CompulsorySiCoverage.COMPULSORY_SI_COVERED,
          UiCovered.UI_COVERED,
          VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE,
          VoluntarySiMonthlyContribution.VOLUNTARY_SI_MONTHLY_CONTRIBUTION,
          HiContributionGroup.HI_CONTRIBUTION_GROUP,
          HouseholdHiAnnualContribution.HOUSEHOLD_HI_ANNUAL_CONTRIBUTION,
          HouseholdHiEnrolmentAccess.HOUSEHOLD_HI_ENROLMENT_ACCESSIBLE,
          MonthlySocialAllowance.MONTHLY_SOCIAL_ALLOWANCE,
          SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE,
          LocalSocialAssistanceAccess.LOCAL_SOCIAL_ASSISTANCE_ACCESSIBLE,
          HouseholdPovertyStatus.POVERTY_STATUS);

  /**
   * @param law at least the variables of {@link #LAW}, computed over the population
   */
  public static Calibrated draw(
      SyntheticPopulation p, Map<String, Object> law, long seed, Targets targets) {
    Shapes shapes = Shapes.of(p.city);
    Draws u = new Draws(p, seed);
    knownToTheWard(p, shapes, (byte[]) law.get("poverty_status"), u);
    double compliance = compulsory(p, shapes, law, u, targets.compulsorySiParticipants());
    monthlyAllowances(p, shapes, law, u);
    double voluntary = voluntary(p, shapes, law, u, targets.voluntarySiParticipants());
    double hi = healthInsurance(p, shapes, law, u, targets.hiCoverageRate());
    return new Calibrated(compliance, voluntary, hi);
  }

  /** Uniform draws fixed before calibration, one stream per decision. */
  private static final class Draws {
    final double[] registry;
    final double[] compulsory;
    final double[] allowance;
    final double[] voluntary;
    final double[] hiHousehold;
    final double[] hiPerson;
    final SplittableRandom rest;

    Draws(SyntheticPopulation p, long seed) {
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      registry = uniforms(r, p.households);
      compulsory = uniforms(r, p.persons);
      allowance = uniforms(r, p.persons);
      voluntary = uniforms(r, p.persons);
      hiHousehold = uniforms(r, p.households);
      hiPerson = uniforms(r, p.persons);
      rest = r.split();
    }

    private static double[] uniforms(SplittableRandom r, int n) {
      double[] u = new double[n];
      for (int i = 0; i < n; i++) {
        u[i] = r.nextDouble();
      }
      return u;
    }
  }

  /**
   * Pre-registration: a household-level draw by the head's registration (the ward's lists come from
   * the residence records), and always for the poor and near-poor households the law's poverty
   * review lists.
   */
  private static void knownToTheWard(
      SyntheticPopulation p, Shapes shapes, byte[] poverty, Draws u) {
    ResidenceStatus[] statuses = ResidenceStatus.values();
    double[] share = new double[statuses.length];
    for (ResidenceStatus s : statuses) {
      share[s.ordinal()] = shapes.number("social_registry", s.name());
    }
    for (int i = 0; i < p.persons; i++) {
      int h = p.household[i];
      p.registeredInSocialRegistry[i] =
          poverty[h] == PovertyStatus.POOR.ordinal()
              || poverty[h] == PovertyStatus.NEAR_POOR.ordinal()
              || u.registry[h] < share[p.residence[i]];
    }
  }

  /** Employer compliance: the share of covered employees declared, calibrated to the count. */
  private static double compulsory(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, Draws u, double target) {
    boolean[] covered = (boolean[]) law.get("compulsory_si_covered");
    boolean[] uiCovered = (boolean[]) law.get("ui_covered");
    double compliance =
        calibrate(
            shapes.number("compulsory_si_compliance"),
            0,
            1,
            target,
            candidates(p, covered, u.compulsory, null, 0, target, (draw, score, c) -> draw < c));
    for (int i = 0; i < p.persons; i++) {
      p.enrolledCompulsorySi[i] = covered[i] && u.compulsory[i] < compliance;
      p.enrolledUi[i] = p.enrolledCompulsorySi[i] && uiCovered[i];
    }
    return compliance;
  }

  /**
   * The social allowance and the social pension: eligible by law, able to apply where they live
   * (the law's residence rule), and applying — more often when the ward knows them. Recipients are
   * on the ward's lists from then on.
   */
  private static void monthlyAllowances(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, Draws u) {
    long[] allowance = (long[]) law.get("monthly_social_allowance");
    boolean[] pension = (boolean[]) law.get("social_pension_eligible");
    boolean[] accessible = (boolean[]) law.get("local_social_assistance_accessible");
    for (int i = 0; i < p.persons; i++) {
      boolean known = p.registeredInSocialRegistry[i];
      String k = known ? "known" : "unknown";
      p.receivesSocialAllowance[i] =
          allowance[i] > 0
              && accessible[i]
              && u.allowance[i] < shapes.number("social_assistance_takeup", k);
      p.receivesSocialPension[i] =
          pension[i] && accessible[i] && u.allowance[i] < shapes.number("social_pension_takeup", k);
      p.registeredInSocialRegistry[i] |= p.receivesSocialAllowance[i] || p.receivesSocialPension[i];
    }
  }

  /** Voluntary SI: eligible, then a logit in being known and in the contribution's burden. */
  private static double voluntary(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, Draws u, double target) {
    boolean[] eligible = (boolean[]) law.get("voluntary_si_eligible");
    long[] contribution = (long[]) law.get("voluntary_si_monthly_contribution");
    double known = shapes.coefficient("voluntary_si_takeup", "known");
    double burden = shapes.coefficient("voluntary_si_takeup", "burden");
    double[] score = new double[p.persons];
    for (int i = 0; i < p.persons; i++) {
      long income = Math.max(p.wage[i], p.incomePerCapita[p.household[i]]);
      score[i] =
          (p.registeredInSocialRegistry[i] ? known : 0)
              + burden * contribution[i] / Math.max(1.0, income);
    }
    double intercept =
        calibrate(
            shapes.coefficient("voluntary_si_takeup", "intercept"),
            -20,
            20,
            target,
            candidates(p, eligible, u.voluntary, score, 0, target, TakeUp::admitsByLogit));
    for (int i = 0; i < p.persons; i++) {
      p.enrolledVoluntarySi[i] = eligible[i] && u.voluntary[i] < logistic(intercept + score[i]);
      p.voluntaryIncome[i] =
          p.enrolledVoluntarySi[i] ? 1_500_000L + 100_000L * u.rest.nextInt(36) : 0;
    }
    return intercept;
  }

  /**
   * Health insurance by who pays (the law's contribution group): employees through their employer
   * when declared; cards the State or the SI fund pays are issued from the ward's lists; the rest
   * buy — the household together (Luật BHYT Điều 12: all members of the household scheme join), if
   * the law's residence rule lets them join where they live, with a logit in being known and in the
   * household's contribution as a share of its income. An employee whose employer does not declare
   * them buys like the household.
   */
  private static double healthInsurance(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, Draws u, double targetRate) {
    byte[] group = (byte[]) law.get("hi_contribution_group");
    long[] householdCost = (long[]) law.get("household_hi_annual_contribution");
    boolean[] accessible = (boolean[]) law.get("household_hi_enrolment_accessible");
    double knownSlope = shapes.coefficient("hi_household_scheme_takeup", "known");
    double burdenSlope = shapes.coefficient("hi_household_scheme_takeup", "burden");
    double issuedKnown = shapes.number("hi_state_card_issuance", "known");
    double issuedUnknown = shapes.number("hi_state_card_issuance", "unknown");
    // 0: card for sure, 1: issued from lists, 2: buys (score), 3: cannot join where they live.
    byte[] route = new byte[p.persons];
    double[] score = new double[p.persons];
    double fixed = 0;
    double total = 0;
    int first = 0;
    for (int i = 0; i < p.persons; i++) {
      int h = p.household[i];
      if (i == 0 || h != p.household[i - 1]) {
        first = i;
      }
      double w = p.personWeight(i);
      total += w;
      boolean known = p.registeredInSocialRegistry[i] || p.isStudent[i];
      if (group[i] == EMPLOYER_EMPLOYEE && p.enrolledCompulsorySi[i]) {
        route[i] = 0;
        fixed += w;
      } else if (group[i] != EMPLOYER_EMPLOYEE
          && group[i] != HOUSEHOLD
          && group[i] != STATE_SUPPORTED) {
        route[i] = 1;
        boolean issued = u.hiPerson[i] < (known ? issuedKnown : issuedUnknown);
        fixed += issued ? w : 0;
      } else if (group[i] == STATE_SUPPORTED || accessible[i]) {
        route[i] = 2;
        int size = p.size(h, first);
        double income = 12.0 * Math.max(1, p.incomePerCapita[h]) * size;
        score[i] = (known ? knownSlope : 0) + burdenSlope * householdCost[h] / income;
      } else {
        route[i] = 3;
      }
    }
    final double fixedWeight = fixed;
    final double totalWeight = total;
    boolean[] buys = new boolean[p.persons];
    double[] householdDraw = new double[p.persons];
    for (int i = 0; i < p.persons; i++) {
      buys[i] = route[i] == 2;
      householdDraw[i] = u.hiHousehold[p.household[i]];
    }
    double intercept =
        calibrate(
            shapes.coefficient("hi_household_scheme_takeup", "intercept"),
            -20,
            20,
            targetRate * totalWeight,
            candidates(
                p,
                buys,
                householdDraw,
                score,
                fixedWeight,
                targetRate * totalWeight,
                TakeUp::admitsByLogit));
    for (int i = 0; i < p.persons; i++) {
      boolean known = p.registeredInSocialRegistry[i] || p.isStudent[i];
      p.hasHiCard[i] =
          switch (route[i]) {
            case 0 -> true;
            case 1 -> u.hiPerson[i] < (known ? issuedKnown : issuedUnknown);
            case 2 -> u.hiHousehold[p.household[i]] < logistic(intercept + score[i]);
            default -> false;
          };
    }
    return intercept;
  }

  /**
   * The parameter in {@code [lo, hi]} at which the increasing {@code reached} meets {@code target};
   * {@code initial} when there is no target; the nearer bound when the target is out of reach.
   */
  static double calibrate(
      double initial, double lo, double hi, double target, DoubleUnaryOperator reached) {
    if (Double.isNaN(target)) {
      return initial;
    }
    for (int k = 0; k < 50; k++) {
      double mid = (lo + hi) / 2;
      if (reached.applyAsDouble(mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** One person's take-up decision from their draw and score at a value of the parameter. */
  private interface Decision {
    boolean admits(double draw, double score, double parameter);
  }

  private static boolean admitsByLogit(double draw, double score, double intercept) {
    return draw < logistic(intercept + score);
  }

  /**
   * The weight {@code decision} admits among the persons {@code candidate} marks, for {@link
   * #calibrate} (scores may be null when the decision reads none).
   */
  private static AdmittedWeight candidates(
      SyntheticPopulation p,
      boolean[] candidate,
      double[] draw,
      double[] score,
      double base,
      double target,
      Decision decision) {
    int n = 0;
    for (int i = 0; i < p.persons; i++) {
      n += candidate[i] ? 1 : 0;
    }
    double[] weight = new double[n];
    double[] d = new double[n];
    double[] s = new double[n];
    int j = 0;
    for (int i = 0; i < p.persons; i++) {
      if (candidate[i]) {
        weight[j] = p.personWeight(i);
        d[j] = draw[i];
        s[j] = score == null ? 0 : score[i];
        j++;
      }
    }
    return new AdmittedWeight(base, target, weight, (k, a) -> decision.admits(d[k], s[k], a));
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
