package org.ansinh.server.registry;

/** What a committed import wrote, all in one transaction. */
public record ImportResult(
    long id,
    int rows,
    int householdsCreated,
    int householdsUpdated,
    int personsCreated,
    int personsUpdated,
    long historyRows) {}
