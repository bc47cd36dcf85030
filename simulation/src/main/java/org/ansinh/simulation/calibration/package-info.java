/**
 * Calibration: published targets with their sources, raking of household weights to the margins
 * that can be met jointly, calibration of take-up to published coverage, and the report of every
 * target against what the population reaches.
 */
package org.ansinh.simulation.calibration;
