package org.ansinh.server.analysis;

import java.util.List;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.reform.ProgrammeChange;

/**
 * One group × programme of a reform against the baseline as a job keeps it: weighted persons, VND a
 * year. After-reform beneficiaries and costs assume every newly reachable person takes the
 * programme up (upper bounds). The derived figures are stored too, so a reader of the JSON needs no
 * formula.
 *
 * @param gapClosedShare of the baseline gap, the share closed; null when there was no gap
 * @param costPerNewlyReachable null when nobody is newly reachable or the programme is not priced
 */
record ReformFigure(
    String group,
    String programme,
    double eligibleBaseline,
    double eligibleReform,
    double beneficiariesBaseline,
    double beneficiariesReform,
    double newlyReachable,
    double gapBaseline,
    double gapClosed,
    Double gapClosedShare,
    double annualCostBaseline,
    double annualCostReform,
    double annualCostChange,
    double annualCostContinuing,
    double annualCostNewly,
    Double costPerNewlyReachable,
    boolean stateCostPriced) {

  static ReformFigure of(ProgrammeChange c) {
    boolean priced = c.programme().cost().priced();
    return new ReformFigure(
        c.group(),
        c.programme().name(),
        c.eligibleBaseline(),
        c.eligibleReform(),
        c.beneficiariesBaseline(),
        c.beneficiariesReform(),
        c.newlyReachable(),
        c.gapBaseline(),
        c.gapClosed(),
        Double.isNaN(c.gapClosedShare()) ? null : c.gapClosedShare(),
        c.annualCostBaseline(),
        c.annualCostReform(),
        c.annualCost(),
        c.annualCostContinuing(),
        c.annualCostNewly(),
        priced && c.newlyReachable() > 0 ? c.costPerNewlyReachable() : null,
        priced);
  }

  /** Back as the simulation's row, with the group named {@code label}, for its charts. */
  ProgrammeChange change(String label) {
    return new ProgrammeChange(
        label,
        Programme.valueOf(programme),
        eligibleBaseline,
        eligibleReform,
        beneficiariesBaseline,
        beneficiariesReform,
        newlyReachable,
        gapBaseline,
        gapClosed,
        annualCostBaseline,
        annualCostContinuing,
        annualCostNewly);
  }

  Programme programmeConstant() {
    return Programme.valueOf(programme);
  }

  /** Whether the reform changes anything here (the pages show those rows). */
  boolean touched() {
    return newlyReachable != 0
        || annualCostChange != 0
        || eligibleBaseline != eligibleReform
        || beneficiariesBaseline != beneficiariesReform;
  }

  /** The rows with their groups in words, for a chart a person reads. */
  static List<ProgrammeChange> changes(List<ReformFigure> figures, GroupLabels labels) {
    return figures.stream().map(f -> f.change(labels.group(f.group()))).toList();
  }
}
