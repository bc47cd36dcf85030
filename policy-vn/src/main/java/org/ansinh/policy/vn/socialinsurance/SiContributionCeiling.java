package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.Arrays;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Tiền lương làm căn cứ đóng BHXH bắt buộc cao nhất: 20 times the base salary (Law 58/2014/QH13,
 * Art. 89.3), then 20 times the reference level from 1 July 2025 (Law 41/2024/QH15, Art. 31.1), the
 * reference level being equal to the base salary while the base salary exists (Art. 141.13).
 */
public final class SiContributionCeiling {

  public static final Variable<long[]> SI_CONTRIBUTION_CEILING =
      Variable.money("si_contribution_ceiling")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tiền lương tháng đóng BHXH bắt buộc cao nhất",
              "Highest monthly compulsory SI contribution base")
          .reference("Luật BHXH 41/2024/QH15, Điều 31 khoản 1")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 89 khoản 3",
              (c, out) -> fill(c, out, "wages.base_salary"))
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 1",
              (c, out) -> fill(c, out, "wages.reference_level"))
          .build();

  private static void fill(Computation c, long[] out, String reference) {
    double multiplier = c.number("social_insurance.compulsory.ceiling_multiplier");
    Arrays.fill(out, Math.round(multiplier * c.money(reference)));
  }

  private SiContributionCeiling() {}
}
