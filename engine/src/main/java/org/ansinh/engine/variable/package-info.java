/**
 * Variables: typed, per entity and period, labelled in two languages, with formulas dated by the
 * law's effective dates.
 */
package org.ansinh.engine.variable;
