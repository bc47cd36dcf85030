package org.ansinh.server.screening;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.server.lawbrowser.LawValue;

/**
 * The screener's answer: for the month screened, pillar by pillar, each line with its status, the
 * amounts and their explanation.
 */
record ScreeningResult(ScreeningInput input, List<PillarResult> pillars) {

  /** A pillar and its lines. */
  record PillarResult(String key, List<LineResult> lines) {}

  /**
   * One line: {@code status} is {@code eligible}, {@code notEligible} or {@code info} (a fact such
   * as the household's poverty status, not a yes or no).
   */
  record LineResult(
      String key,
      String status,
      List<Amount> amounts,
      List<Detail> details,
      List<ExplanationStep> explanation) {

    /**
     * The explanation as rows, each step after the step it feeds, with its depth: one flat list
     * renders in one loop, where a fragment per step made a page take seconds.
     */
    public List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      for (ExplanationStep s : explanation) {
        add(rows, s, 0);
      }
      return rows;
    }

    private static void add(List<Row> rows, ExplanationStep s, int depth) {
      rows.add(new Row(depth, s));
      for (ExplanationStep c : s.inputs()) {
        add(rows, c, depth + 1);
      }
    }
  }

  /** A step of an explanation at its depth (0 for the line's own answers). */
  record Row(int depth, ExplanationStep step) {
    /** The depth as a CSS class, indentation capped at six steps. */
    public String indent() {
      return "d" + Math.min(depth, 6);
    }
  }

  /**
   * An amount of money a month (or a year, for {@code paysYearly}).
   *
   * @param role {@code receives}, {@code pays}, {@code paysYearly}, {@code employer} or {@code
   *     state}
   */
  record Amount(String role, String variable, long value) {}

  /** A further answer of the law on this line, with the variable's label. */
  record Detail(String variable, String label, LawValue value) {}
}
