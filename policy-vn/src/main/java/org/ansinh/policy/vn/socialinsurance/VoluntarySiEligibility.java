package org.ansinh.policy.vn.socialinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Người tham gia BHXH tự nguyện: a citizen aged 15 or more who is not subject to compulsory social
 * insurance and does not draw a pension or monthly SI allowance. No upper age.
 *
 * <p>Law 58/2014/QH13, Art. 2.4; Law 41/2024/QH15, Art. 2.4.a. Not modelled: employees on suspended
 * contracts (Art. 2.4.b).
 */
public final class VoluntarySiEligibility {

  public static final Variable<boolean[]> VOLUNTARY_SI_ELIGIBLE =
      Variable.bool("voluntary_si_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Được tham gia BHXH tự nguyện", "May join voluntary social insurance")
          .reference("Luật BHXH 41/2024/QH15, Điều 2 khoản 4")
          .formula(
              "2016-01-01",
              "Luật BHXH 58/2014/QH13, Điều 2 khoản 4",
              VoluntarySiEligibility::compute)
          .formula(
              "2025-07-01",
              "Luật BHXH 41/2024/QH15, Điều 2 khoản 4 điểm a",
              VoluntarySiEligibility::compute)
          .build();

  private static void compute(Computation c, boolean[] out) {
    int[] age = c.get(PersonInputs.AGE);
    boolean[] covered = c.get(CompulsorySiCoverage.COMPULSORY_SI_COVERED);
    boolean[] pensioner = c.get(PersonInputs.HAS_PENSION);
    int minAge = c.integer("social_insurance.voluntary.min_age");
    boolean excludesPensioners = c.flag("social_insurance.voluntary.excludes_pensioners");
    for (int i = 0; i < out.length; i++) {
      out[i] = age[i] >= minAge && !covered[i] && !(excludesPensioners && pensioner[i]);
    }
  }

  private VoluntarySiEligibility() {}
}
