/**
 * Reform against baseline over a population: beneficiaries before and after, who becomes eligible
 * or loses a structural barrier (residence, no written contract, affordability), the access gap
 * closed, what it costs the budget (each programme's state-cost variable), and whose state payments
 * rise or fall.
 */
package org.ansinh.simulation.reform;
