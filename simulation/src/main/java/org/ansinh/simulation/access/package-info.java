/**
 * Access: for each programme and person, eligible by law (the policy package's formulas, residence
 * conditions set aside and reported as a barrier), actually reached (a fact of the population),
 * and, when eligible but not reached, the barrier that explains it — each barrier a named rule
 * ({@link org.ansinh.simulation.access.BarrierRule}) with cited parameters. Tables carry the
 * sampling uncertainty of their shares ({@link org.ansinh.simulation.access.ClusteredRatio}: Taylor
 * linearisation, households as clusters, wards as strata); charts are self-contained SVG ({@link
 * org.ansinh.simulation.access.BarChart}).
 */
package org.ansinh.simulation.access;
