/**
 * Reform against baseline over a population: who becomes eligible, whose structural barrier
 * (residence, affordability) falls, and what it costs the budget.
 */
package org.ansinh.simulation.reform;
