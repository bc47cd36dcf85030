package org.ansinh.engine.variable;

import org.ansinh.engine.simulation.Computation;

/**
 * Computes a variable for every entity of a population at once: reads what it needs from the
 * computation (other variables, parameters at the period's date) and fills {@code out}, which holds
 * one slot per entity and starts at the variable's default.
 *
 * <p>A formula reads every variable and parameter it may need before its loop, whatever the branch:
 * that keeps its dependencies discoverable and its loop free of lookups.
 *
 * @param <A> the primitive array type of the variable
 */
@FunctionalInterface
public interface Formula<A> {

  void compute(Computation c, A out);
}
