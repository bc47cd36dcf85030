/**
 * Vectorised simulation: a population in primitive columns, variables computed for everyone at
 * once, cached per (variable, period), traced on demand, and run in parallel chunks.
 */
package org.ansinh.engine.simulation;
