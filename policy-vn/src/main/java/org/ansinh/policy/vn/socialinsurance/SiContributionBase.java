package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Tiền lương tháng đóng BHXH bắt buộc: for a covered employee, the monthly wage raised to the
 * lowest base and capped at the highest; 0 when not covered.
 *
 * <p>Law 58/2014/QH13, Art. 89; Law 41/2024/QH15, Art. 31.1; Decree 158/2025/NĐ-CP, Art. 7.
 */
public final class SiContributionBase {

  public static final Variable<long[]> SI_CONTRIBUTION_BASE =
      Variable.money("si_contribution_base")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tiền lương tháng đóng BHXH bắt buộc", "Monthly wage on which compulsory SI is paid")
          .reference("Luật BHXH 41/2024/QH15, Điều 31")
          .formula("2016-01-01", "Luật BHXH 58/2014/QH13, Điều 89", SiContributionBase::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 1; Nghị định 158/2025/NĐ-CP, Điều 7",
              SiContributionBase::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    boolean[] covered = c.get(CompulsorySiCoverage.COMPULSORY_SI_COVERED);
    long[] wage = c.get(PersonInputs.MONTHLY_WAGE);
    long[] floor = c.get(SiContributionFloor.SI_CONTRIBUTION_FLOOR);
    long[] ceiling = c.get(SiContributionCeiling.SI_CONTRIBUTION_CEILING);
    for (int i = 0; i < out.length; i++) {
      out[i] = covered[i] ? Math.min(Math.max(wage[i], floor[i]), ceiling[i]) : 0;
    }
  }

  private SiContributionBase() {}
}
