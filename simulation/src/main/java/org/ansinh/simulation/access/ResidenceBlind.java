package org.ansinh.simulation.access;

import java.time.LocalDate;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.reform.Reform;

/**
 * The legislation with every residence rule admitting every status: what the law would give a
 * person if residence registration did not matter. A person eligible under it but not under the law
 * itself is kept out by a residence rule — the residence barrier — rather than ineligible. A
 * residence rule is recognised by its shape: boolean leaves named {@code temporary} or {@code
 * unregistered} (the convention of the policy package's {@code ResidenceRule}, national rules and
 * province overrides alike), so a rule added later is picked up without a change here.
 */
final class ResidenceBlind {

  private static final Reference ANALYSIS =
      new Reference(
          "AnSinh access analysis",
          "Counterfactual: residence registration does not matter",
          null,
          LocalDate.of(2000, 1, 1), // not law: any date before the periods analysed
          null);

  private ResidenceBlind() {}

  /**
   * The reform that makes every residence rule of {@code legislation} admit every status from
   * {@code from}; null when the legislation has no residence rule.
   */
  static Reform reform(Legislation legislation, LocalDate from) {
    Reform.Builder b = Reform.named("residence_blind").title("Không xét cư trú", "Residence-blind");
    int rules = 0;
    for (Parameter p : legislation.parameters().all()) {
      String path = p.path();
      if ((path.endsWith(".temporary") || path.endsWith(".unregistered"))
          && "boolean".equals(p.unit())) {
        b.set(path, from, 1, ANALYSIS);
        rules++;
      }
    }
    return rules == 0 ? null : b.build();
  }
}
