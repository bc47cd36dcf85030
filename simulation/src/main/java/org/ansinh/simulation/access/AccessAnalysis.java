package org.ansinh.simulation.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.ParameterLoader;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.healthinsurance.HiGroup;
import org.ansinh.policy.vn.person.EmploymentStatus;

/**
 * For every person and programme: eligible by law, reached in fact, and the barrier when the first
 * holds and the second does not. Barriers are rules, tried in order:
 *
 * <ol>
 *   <li><b>residence</b> — the law's own residence-access rule says the person cannot apply where
 *       they live (household health insurance, social allowance, social pension);
 *   <li><b>affordability</b> — what the person would pay exceeds the cited share of income ({@code
 *       analysis/affordability/*.yaml});
 *   <li><b>employer compliance</b> — for payroll insurance, the employer does not declare;
 *   <li>otherwise <b>information or procedure</b>.
 * </ol>
 */
public final class AccessAnalysis {

  private static final ParameterTree ANALYSIS =
      ParameterLoader.fromClasspath(AccessAnalysis.class.getClassLoader(), "analysis");

  private AccessAnalysis() {}

  /** Per programme (by ordinal) and person: eligible, reached, barrier (ordinal). */
  public record Result(
      Population population,
      double[] personWeight,
      Map<String, Object> values,
      boolean[][] eligible,
      boolean[][] reached,
      byte[][] barrier) {}

  public static Result run(Population population, Legislation legislation, Period period) {
    List<Variable<?>> needed = new ArrayList<>();
    for (String name :
        List.of(
            "household_weight",
            "employment_status",
            "residence_status",
            "is_migrant",
            "ward_code",
            "monthly_wage",
            "household_income_per_capita",
            "compulsory_si_covered",
            "enrolled_compulsory_si",
            "voluntary_si_eligible",
            "enrolled_voluntary_si",
            "voluntary_si_monthly_contribution",
            "has_hi_card",
            "hi_contribution_group",
            "hi_annual_contribution",
            "household_hi_enrolment_accessible",
            "ui_covered",
            "enrolled_ui",
            "monthly_social_allowance",
            "receives_social_allowance",
            "social_pension_eligible",
            "receives_social_pension",
            "local_social_assistance_accessible",
            "voluntary_si_state_support",
            "social_pension_allowance")) {
      needed.add(legislation.variable(name));
    }
    Map<String, Object> v =
        ChunkedRun.withDefaults(legislation).compute(population, period, needed, null);
    int n = population.personCount();
    int[] groupOf = population.groupOfPerson();
    double[] householdWeight = (double[]) v.get("household_weight");
    long[] householdIncome = (long[]) v.get("household_income_per_capita");
    double[] weight = new double[n];
    long[] income = new long[n];
    long[] wage = (long[]) v.get("monthly_wage");
    for (int i = 0; i < n; i++) {
      weight[i] = householdWeight[groupOf[i]];
      income[i] = Math.max(wage[i], householdIncome[groupOf[i]]);
    }
    LocalDate date = period.start();
    double hiShare = ANALYSIS.get("affordability.health_insurance").at(date).number();
    double vsiShare = ANALYSIS.get("affordability.voluntary_social_insurance").at(date).number();
    Programme[] programmes = Programme.values();
    boolean[][] eligible = new boolean[programmes.length][];
    boolean[][] reached = new boolean[programmes.length][];
    byte[][] barrier = new byte[programmes.length][];
    for (Programme p : programmes) {
      eligible[p.ordinal()] = eligible(p, v, n);
      reached[p.ordinal()] = (boolean[]) v.get(p.reachedVariable());
      barrier[p.ordinal()] = new byte[n];
    }
    byte[] hiGroup = (byte[]) v.get("hi_contribution_group");
    boolean[] hiAccess = (boolean[]) v.get("household_hi_enrolment_accessible");
    long[] hiCost = (long[]) v.get("hi_annual_contribution");
    long[] vsiCost = (long[]) v.get("voluntary_si_monthly_contribution");
    boolean[] localAccess = (boolean[]) v.get("local_social_assistance_accessible");
    for (int i = 0; i < n; i++) {
      for (Programme p : programmes) {
        if (!eligible[p.ordinal()][i] || reached[p.ordinal()][i]) {
          continue;
        }
        Barrier b =
            switch (p) {
              case COMPULSORY_SI, UNEMPLOYMENT_INSURANCE -> Barrier.EMPLOYER_COMPLIANCE;
              case VOLUNTARY_SI ->
                  vsiCost[i] > vsiShare * income[i]
                      ? Barrier.AFFORDABILITY
                      : Barrier.INFORMATION_OR_PROCEDURE;
              case HEALTH_INSURANCE ->
                  hiGroup[i] == HiGroup.HOUSEHOLD.ordinal() && !hiAccess[i]
                      ? Barrier.RESIDENCE
                      : hiCost[i] / 12.0 > hiShare * income[i]
                          ? Barrier.AFFORDABILITY
                          : Barrier.INFORMATION_OR_PROCEDURE;
              case SOCIAL_ALLOWANCE, SOCIAL_PENSION ->
                  localAccess[i] ? Barrier.INFORMATION_OR_PROCEDURE : Barrier.RESIDENCE;
            };
        barrier[p.ordinal()][i] = (byte) b.ordinal();
      }
    }
    return new Result(population, weight, v, eligible, reached, barrier);
  }

  private static boolean[] eligible(Programme p, Map<String, Object> v, int n) {
    if (p.eligibleVariable() == null) {
      boolean[] all = new boolean[n];
      java.util.Arrays.fill(all, true);
      return all;
    }
    Object values = v.get(p.eligibleVariable());
    if (values instanceof long[] amounts) {
      boolean[] out = new boolean[n];
      for (int i = 0; i < n; i++) {
        out[i] = amounts[i] > 0;
      }
      return out;
    }
    return (boolean[]) values;
  }

  /**
   * Formal, informal or not employed — by the law: employed and covered by compulsory SI, or not.
   */
  static String sector(Result r, int i) {
    byte status = ((byte[]) r.values().get("employment_status"))[i];
    boolean employed = EmploymentStatus.isEmployed(status);
    if (!employed) {
      return "NOT_EMPLOYED";
    }
    return ((boolean[]) r.values().get("compulsory_si_covered"))[i] ? "FORMAL" : "INFORMAL";
  }
}
