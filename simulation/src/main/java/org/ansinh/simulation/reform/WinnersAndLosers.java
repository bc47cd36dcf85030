package org.ansinh.simulation.reform;

/**
 * Persons of a group whose annual state payments, summed over the programmes, rise (winners) or
 * fall (losers) under a reform, with the mean change among each. Weighted persons; VND a year.
 */
public record WinnersAndLosers(
    String group,
    double persons,
    double winners,
    double meanGain,
    double losers,
    double meanLoss) {}
