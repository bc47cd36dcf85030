package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.reform.Reform;

/**
 * The state pays at least {@code rate} of the voluntary contribution at the floor, for every
 * participant: "voluntary social insurance participants are supported by the state with the highest
 * level of up to 50%" (seed 004). A parameter patch: each central support rate becomes the larger
 * of its value on the first day and {@code rate}.
 */
public final class VoluntarySiSupport implements SeedReform {

  private static final String SUPPORT = "social_insurance.voluntary.state_support.";
  private static final String[] SUPPORT_GROUPS = {
    "poor", "near_poor", "ethnic_minority", "island_commune", "other"
  };

  @Override
  public String name() {
    return "voluntary_si_support";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    double rate = s.number("rate");
    Reference source = d.source().reference(s.from());
    Reform.Builder b = SeedReform.start(d);
    for (String group : SUPPORT_GROUPS) {
      Parameter p = baseline.parameters().get(SUPPORT + group);
      b.set(p.path(), s.from(), Math.max(p.at(s.from()).number(), rate), source);
    }
    return b.build();
  }
}
