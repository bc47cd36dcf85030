package org.ansinh.simulation.access;

/**
 * The per-person columns the barrier rules read, computed once per run.
 *
 * @param eligible per programme (ordinal): eligible under the law as in force
 * @param eligibleWithoutResidence per programme: eligible once every residence rule admits every
 *     status ({@link ResidenceBlind})
 * @param income monthly income the affordability rules compare with: the larger of the person's
 *     wage and the household's income per person
 */
public record AccessColumns(
    boolean[][] eligible,
    boolean[][] eligibleWithoutResidence,
    byte[] hiGroup,
    boolean[] householdHiAccessible,
    boolean[] localAssistanceAccessible,
    boolean[] unwrittenContract,
    long[] vsiContribution,
    long[] hiContribution,
    double vsiAffordableShare,
    double hiAffordableShare,
    long[] income,
    boolean[] compulsorySiCovered,
    boolean[] enrolledCompulsorySi,
    boolean[] schoolPriority) {

  /**
   * Eligible but for a residence rule: the rules in force refuse what residence-blind rules give.
   */
  boolean eligibleOnlyWithoutResidenceRule(Programme p, int i) {
    return eligibleWithoutResidence[p.ordinal()][i] && !eligible[p.ordinal()][i];
  }
}
