package org.ansinh.engine.period;

/** The granularity a variable is defined for. */
public enum PeriodUnit {
  MONTH,
  YEAR,
  /** Constant facts such as a birth date: one value whatever the period asked. */
  ETERNITY
}
