package org.ansinh.simulation.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.person.EmploymentStatus;

/**
 * The per-person columns the barrier rules read, computed once per run.
 *
 * @param eligible per programme (ordinal): eligible under the law as in force
 * @param eligibleWithoutResidence per programme: eligible once every residence rule admits every
 *     status ({@link ResidenceBlind})
 * @param income monthly income the affordability rules compare with: the larger of the person's
 *     wage and the household's income per person
 */
public record AccessColumns(
    boolean[][] eligible,
    boolean[][] eligibleWithoutResidence,
    byte[] hiGroup,
    boolean[] householdHiAccessible,
    boolean[] localAssistanceAccessible,
    boolean[] unwrittenContract,
    long[] vsiContribution,
    long[] hiContribution,
    double vsiAffordableShare,
    double hiAffordableShare,
    long[] income,
    boolean[] compulsorySiCovered,
    boolean[] enrolledCompulsorySi,
    boolean[] schoolPriority) {

  /**
   * Eligible but for a residence rule: the rules in force refuse what residence-blind rules give.
   */
  boolean eligibleOnlyWithoutResidenceRule(Programme p, int i) {
    return eligibleWithoutResidence[p.ordinal()][i] && !eligible[p.ordinal()][i];
  }

  /**
   * The columns for one classification, from the law's values {@code v} and the residence-blind
   * law's {@code withoutResidence}; a column derived before from the very same arrays is taken.
   */
  static AccessColumns of(
      Population population,
      Map<String, Object> v,
      Map<String, Object> withoutResidence,
      LocalDate date,
      DerivedColumns derived) {
    int n = population.personCount();
    int[] groupOf = population.groupOfPerson();
    long[] householdIncome = (long[]) v.get("household_income_per_capita");
    long[] wage = (long[]) v.get("monthly_wage");
    long[] income =
        derived.of(
            "income",
            () -> {
              long[] out = new long[n];
              PersonRanges.forEach(
                  n,
                  (from, to) -> {
                    for (int i = from; i < to; i++) {
                      out[i] = Math.max(wage[i], householdIncome[groupOf[i]]);
                    }
                  });
              return out;
            },
            wage,
            householdIncome);
    boolean[] unwritten = unwrittenContract(v, n, date, derived);
    boolean[][] eligible = new boolean[Programme.values().length][];
    boolean[][] eligibleWithoutResidence = new boolean[Programme.values().length][];
    for (Programme p : Programme.values()) {
      eligible[p.ordinal()] = eligible(p, v, n, unwritten, derived);
      eligibleWithoutResidence[p.ordinal()] = eligible(p, withoutResidence, n, unwritten, derived);
    }
    return new AccessColumns(
        eligible,
        eligibleWithoutResidence,
        (byte[]) v.get("hi_contribution_group"),
        (boolean[]) v.get("household_hi_enrolment_accessible"),
        (boolean[]) v.get("local_social_assistance_accessible"),
        unwritten,
        (long[]) v.get("voluntary_si_monthly_contribution"),
        (long[]) v.get("hi_annual_contribution"),
        AccessAnalysis.ANALYSIS.get("affordability.voluntary_social_insurance").at(date).number(),
        AccessAnalysis.ANALYSIS.get("affordability.health_insurance").at(date).number(),
        income,
        (boolean[]) v.get("compulsory_si_covered"),
        (boolean[]) v.get("enrolled_compulsory_si"),
        (boolean[]) v.get("public_school_priority"));
  }

  /** Employees with no written contract, when the cited analysis parameter counts them. */
  private static boolean[] unwrittenContract(
      Map<String, Object> v, int n, LocalDate date, DerivedColumns derived) {
    if (AccessAnalysis.ANALYSIS.get("labour_relation.unwritten_contract_counts").at(date).number()
        == 0) {
      return derived.of("nobody", () -> new boolean[n]);
    }
    byte[] status = (byte[]) v.get("employment_status");
    int[] contract = (int[]) v.get("labour_contract_months");
    boolean[] covered = (boolean[]) v.get("compulsory_si_covered");
    byte employee = (byte) EmploymentStatus.EMPLOYEE.ordinal();
    return derived.of(
        "unwritten_contract",
        () -> {
          boolean[] out = new boolean[n];
          PersonRanges.forEach(
              n,
              (from, to) -> {
                for (int i = from; i < to; i++) {
                  out[i] = status[i] == employee && contract[i] == 0 && !covered[i];
                }
              });
          return out;
        },
        status,
        contract,
        covered);
  }

  /** Any of the programme's variables holds (a positive amount counts); everyone when none. */
  private static boolean[] eligible(
      Programme p,
      Map<String, Object> v,
      int n,
      boolean[] unwrittenContract,
      DerivedColumns derived) {
    boolean unwrittenCounts = p == Programme.COMPULSORY_SI || p == Programme.UNEMPLOYMENT_INSURANCE;
    List<Object> from = new ArrayList<>();
    for (String name : p.eligibleVariables()) {
      from.add(v.get(name));
    }
    if (unwrittenCounts) {
      from.add(unwrittenContract);
    }
    return derived.of(
        "eligible:" + p.name(),
        () -> {
          boolean[] out = new boolean[n];
          if (p.eligibleVariables().isEmpty()) {
            Arrays.fill(out, true);
            return out;
          }
          // the programme's variables, then the unwritten contracts where they count: any holds
          PersonRanges.forEach(
              n,
              (start, end) -> {
                for (Object column : from) {
                  if (column instanceof long[] amounts) {
                    for (int i = start; i < end; i++) {
                      out[i] |= amounts[i] > 0;
                    }
                  } else {
                    boolean[] values = (boolean[]) column;
                    for (int i = start; i < end; i++) {
                      out[i] |= values[i];
                    }
                  }
                }
              });
          return out;
        },
        from.toArray());
  }
}
