package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Mức đóng BHXH bắt buộc của người sử dụng lao động: the employer's monthly contribution on the
 * employee's contribution base — 14% to the pension and survivorship fund, 3% to the sickness and
 * maternity fund and 0.5% to the occupational accident and disease fund (0.3% for an approved
 * employer). Health and unemployment insurance are apart.
 *
 * <p>Law 58/2014/QH13, Art. 86.1.a, c; Law 41/2024/QH15, Art. 34.1.a, b; OSH Law 84/2015/QH13, Art.
 * 44.1; Decree 58/2020/NĐ-CP, Art. 4.1 and 5.
 */
public final class SiEmployerContribution {

  private static final String RATES = "social_insurance.compulsory.employer_rate.";

  public static final Variable<long[]> SI_EMPLOYER_CONTRIBUTION =
      Variable.money("si_employer_contribution")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tiền đóng BHXH bắt buộc của người sử dụng lao động",
              "Employer's compulsory social insurance contribution")
          .reference("Luật BHXH 41/2024/QH15, Điều 34 khoản 1; Nghị định 58/2020/NĐ-CP, Điều 4")
          .formula(
              "2020-07-15",
              "Luật BHXH 58/2014/QH13, Điều 86 khoản 1; Nghị định 58/2020/NĐ-CP, Điều 4 khoản 1",
              SiEmployerContribution::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 34 khoản 1; Nghị định 58/2020/NĐ-CP, Điều 4 khoản 1",
              SiEmployerContribution::compute)
          .build();

  private static void compute(Computation c, long[] out) {
    long[] base = c.get(SiContributionBase.SI_CONTRIBUTION_BASE);
    boolean[] reduced = c.get(SocialInsuranceInputs.OA_REDUCED_RATE_APPROVED);
    double common = c.rate(RATES + "pension_survivorship") + c.rate(RATES + "sickness_maternity");
    double normal = common + c.rate(RATES + "occupational_accident");
    double lower = common + c.rate(RATES + "occupational_accident_reduced");
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(base[i] * (reduced[i] ? lower : normal));
    }
  }

  private SiEmployerContribution() {}
}
