/**
 * Access: for each programme and person, eligible by law (the policy package's formulas), actually
 * reached (a fact of the population), and, when eligible but not reached, the barrier that explains
 * it — each barrier a named rule with cited parameters.
 */
package org.ansinh.simulation.access;
