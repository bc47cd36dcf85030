/**
 * Access: for each programme and person, eligible by law (the policy package's formulas, residence
 * conditions set aside and reported as a barrier), actually reached (a fact of the population),
 * and, when eligible but not reached, the barrier that explains it — each barrier a named rule
 * ({@link org.ansinh.simulation.access.BarrierRule}) with cited parameters. Tables carry the
 * sampling uncertainty of their shares ({@link org.ansinh.simulation.access.ClusteredRatio}: Taylor
 * linearisation, households as clusters, wards as strata); charts are self-contained SVG ({@link
 * org.ansinh.simulation.access.BarChart}). Beside eligibility, {@link
 * org.ansinh.simulation.access.ReachByGroup} reads reach alone: the share of each group's workers
 * and school-age children that each kind of support reached.
 */
package org.ansinh.simulation.access;
