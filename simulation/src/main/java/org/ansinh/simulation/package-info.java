/**
 * Populations and what is learnt from them: calibrated synthetic cities over the real
 * administrative units, and (next) access and barrier analysis, reform comparison and projections.
 * Knows Vietnam's policy package; knows no framework and no database.
 */
package org.ansinh.simulation;
