package org.ansinh.policy.vn.reforms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.DatedFormula;
import org.ansinh.engine.variable.Formula;
import org.ansinh.engine.variable.Variable;

/**
 * A variable whose rule changes on a reform's first day: the baseline's formulas until then, the
 * reform's from then on — so a reform "from 2026" leaves 2025 as the law had it.
 */
final class FormulaFrom {

  private FormulaFrom() {}

  static <A> Variable<A> replace(Variable<A> base, LocalDate from, String basis, Formula<A> rule) {
    List<DatedFormula<A>> formulas = new ArrayList<>();
    for (DatedFormula<A> f : base.formulas()) {
      if (f.start().isBefore(from)) {
        LocalDate end = f.end() == null || f.end().isAfter(from) ? from : f.end();
        formulas.add(new DatedFormula<>(f.start(), end, f.basis(), f.formula()));
      }
    }
    formulas.add(new DatedFormula<>(from, null, basis, rule));
    return base.withFormulas(formulas);
  }

  /** Fills {@code out} as the baseline would on the computed date (left at 0 with no formula). */
  static <A> void baseline(Variable<A> base, Computation c, A out) {
    DatedFormula<A> f = base.formulaAt(c.date());
    if (f != null) {
      f.formula().compute(c, out);
    }
  }
}
