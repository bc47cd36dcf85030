package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Mức thu nhập tháng làm căn cứ đóng BHXH tự nguyện: the income the participant chooses, at least
 * the rural poverty line and at most 20 times the base salary (to 2025-06-30) or the reference
 * level (from 2025-07-01); 0 for someone who may not join. The law does not allow a choice outside
 * the range: an income declared outside it is brought to the nearest bound.
 *
 * <p>Law 58/2014/QH13, Art. 87.1; Decree 134/2015/NĐ-CP, Art. 10.1; Law 41/2024/QH15, Art. 31.2.
 */
public final class VoluntarySiContributionBase {

  public static final Variable<long[]> VOLUNTARY_SI_CONTRIBUTION_BASE =
      Variable.money("voluntary_si_contribution_base")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức thu nhập tháng làm căn cứ đóng BHXH tự nguyện",
              "Monthly income on which voluntary SI is paid")
          .reference("Luật BHXH 41/2024/QH15, Điều 31 khoản 2")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 87 khoản 1; Nghị định 134/2015/NĐ-CP, Điều 10 khoản 1",
              (c, out) -> compute(c, out, "wages.base_salary"))
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 31 khoản 2",
              (c, out) -> compute(c, out, "wages.reference_level"))
          .build();

  /** The lowest income: the rural poverty line, read by the support formulas too. */
  static long floor(Computation c) {
    return c.money("poverty.national.income_line_rural");
  }

  private static void compute(Computation c, long[] out, String reference) {
    boolean[] eligible = c.get(VoluntarySiEligibility.VOLUNTARY_SI_ELIGIBLE);
    long[] income = c.get(PersonInputs.VOLUNTARY_SI_DECLARED_INCOME);
    long floor = floor(c);
    long ceiling =
        Math.round(c.number("social_insurance.voluntary.ceiling_multiplier") * c.money(reference));
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? Math.min(Math.max(income[i], floor), ceiling) : 0;
    }
  }

  private VoluntarySiContributionBase() {}
}
