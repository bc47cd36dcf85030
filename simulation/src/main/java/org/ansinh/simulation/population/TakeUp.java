package org.ansinh.simulation.population;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.policy.vn.basicservices.LocalSocialAssistanceAccess;
import org.ansinh.policy.vn.socialassistance.MonthlySocialAllowance;
import org.ansinh.policy.vn.socialassistance.SocialPensionEligibility;

/**
 * Who actually receives the social allowance and the social pension: those the law makes eligible,
 * where the local rules let them apply (the law's residence-access rule), and who take it up (a
 * shape). Residence shapes receipt only through the law's own rule, so an access gap by
 * registration is a result of the model, not an input to it.
 */
public final class TakeUp {

  private TakeUp() {}

  public static void draw(
      SyntheticPopulation p, Legislation legislation, Period period, long seed) {
    Shapes shapes = Shapes.of(p.city);
    Map<String, Object> law =
        ChunkedRun.withDefaults(legislation)
            .compute(
                EnginePopulation.of(p, legislation, period),
                period,
                List.of(
                    MonthlySocialAllowance.MONTHLY_SOCIAL_ALLOWANCE,
                    SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE,
                    LocalSocialAssistanceAccess.LOCAL_SOCIAL_ASSISTANCE_ACCESSIBLE),
                null);
    long[] allowance = (long[]) law.get("monthly_social_allowance");
    boolean[] pension = (boolean[]) law.get("social_pension_eligible");
    boolean[] accessible = (boolean[]) law.get("local_social_assistance_accessible");
    double allowanceTakeUp = shapes.number("social_assistance_takeup");
    double pensionTakeUp = shapes.number("social_pension_takeup");
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < p.persons; i++) {
      p.receivesSocialAllowance[i] =
          allowance[i] > 0 && accessible[i] && r.nextDouble() < allowanceTakeUp;
      p.receivesSocialPension[i] = pension[i] && accessible[i] && r.nextDouble() < pensionTakeUp;
    }
  }
}
