/**
 * Synthetic populations: households and persons over a city's real units, with the joint structure
 * that matters for access (migrants younger, more often informal and unregistered), weighted so
 * that a sample stands for the whole city.
 */
package org.ansinh.simulation.population;
