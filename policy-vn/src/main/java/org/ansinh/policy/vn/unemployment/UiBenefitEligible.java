package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.pension.PensionEligibility;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Điều kiện hưởng trợ cấp thất nghiệp: an unemployed person whose covered labour contract ended,
 * not unlawfully by the employee, who is not drawing a pension or a monthly
 * loss-of-working-capacity allowance, and who contributed at least 12 months within the 24 months
 * before the contract ended (within 36 months for contracts shorter than 12 months) — Luật Việc làm
 * 38/2013/QH13 Điều 49. From 2026-01-01 a person who qualifies for a pension is excluded too,
 * drawing it or not (Luật Việc làm 74/2025/QH15 Điều 38 khoản 1). Not modelled: the filing
 * deadline, the waiting period and the exclusions for military service, study abroad, detention or
 * death.
 */
public final class UiBenefitEligible {

  private static final String P = "unemployment_insurance.";

  public static final Variable<boolean[]> UI_BENEFIT_ELIGIBLE =
      Variable.bool("ui_benefit_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Đủ điều kiện hưởng trợ cấp thất nghiệp", "Eligible for unemployment benefit")
          .reference("Luật Việc làm 38/2013/QH13, Điều 49; Luật Việc làm 74/2025/QH15, Điều 38")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 49",
              (c, out) -> compute(c, out, c.get(PersonInputs.HAS_PENSION)))
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15, Điều 38 khoản 1",
              (c, out) -> compute(c, out, pensionExcluded(c)))
          .build();

  /** Drawing a pension, or (where the law says so) qualifying for one. */
  private static boolean[] pensionExcluded(Computation c) {
    boolean[] drawing = c.get(PersonInputs.HAS_PENSION);
    boolean[] qualifies = c.get(PensionEligibility.PENSION_ELIGIBLE);
    boolean excludesQualified = c.flag(P + "eligibility.excludes_pension_eligible");
    boolean[] out = new boolean[drawing.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = drawing[i] || (excludesQualified && qualifies[i]);
    }
    return out;
  }

  private static void compute(Computation c, boolean[] out, boolean[] pensionExcluded) {
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    boolean[] unlawful = c.get(UnemploymentInputs.UNLAWFUL_CONTRACT_TERMINATION);
    int[] contract = c.get(PersonInputs.LABOUR_CONTRACT_MONTHS);
    int[] last24 = c.get(PersonInputs.UI_CONTRIBUTION_MONTHS_LAST_24);
    int[] last36 = c.get(UnemploymentInputs.UI_CONTRIBUTION_MONTHS_LAST_36);
    int minContract = c.integer(P + "coverage.min_contract_months");
    int shortContractBelow = c.integer(P + "eligibility.short_contract_max_months");
    int minMonths = c.integer(P + "eligibility.min_contribution_months");
    int unemployed = EmploymentStatus.UNEMPLOYED.ordinal();
    for (int i = 0; i < out.length; i++) {
      int inWindow = contract[i] >= shortContractBelow ? last24[i] : last36[i];
      out[i] =
          employment[i] == unemployed
              && !unlawful[i]
              && !pensionExcluded[i]
              && UiCovered.coveredContract(contract[i], minContract)
              && inWindow >= minMonths;
    }
  }

  private UiBenefitEligible() {}
}
