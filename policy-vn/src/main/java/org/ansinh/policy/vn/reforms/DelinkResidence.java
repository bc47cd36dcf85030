package org.ansinh.policy.vn.reforms;

import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.reform.Reform;

/**
 * Local benefits and services no longer depend on where one is registered: every residence status
 * may apply where it lives (seed 000's first recommendation: delink benefits from household
 * registration). Every {@code basic_services.residence_access} rule, national and provincial, opens
 * to temporary and unregistered residents.
 */
public final class DelinkResidence implements SeedReform {

  @Override
  public String name() {
    return "delink_residence";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    Reference source = d.source().reference(s.from());
    Reform.Builder b = SeedReform.start(d);
    for (Parameter p : baseline.parameters().all()) {
      if (p.path().startsWith("basic_services.residence_access.")
          && (p.path().endsWith(".unregistered") || p.path().endsWith(".temporary"))) {
        b.set(p.path(), s.from(), 1, source);
      }
    }
    return b.build();
  }
}
