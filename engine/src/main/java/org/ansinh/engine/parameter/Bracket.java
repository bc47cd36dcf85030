package org.ansinh.engine.parameter;

/** From {@code threshold} on (inclusive), the schedule gives {@code amount}. */
public record Bracket(double threshold, double amount) {}
