/**
 * Synthetic populations: households and persons over a city's real units, with the joint structure
 * that matters for access (migrants younger, more often informal and unregistered), weighted so
 * that a sample stands for the whole city; who is enrolled and reached is drawn through the law's
 * rules and named mechanisms (employer compliance, being known to the ward, affordability, places
 * and capital, a job lost in the year for unemployment benefit), never by migrant or sector status
 * directly.
 */
package org.ansinh.simulation.population;
