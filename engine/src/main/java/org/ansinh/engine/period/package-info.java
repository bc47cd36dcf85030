/** Periods a variable is defined for (month, year, eternity) and their checked conversions. */
package org.ansinh.engine.period;
