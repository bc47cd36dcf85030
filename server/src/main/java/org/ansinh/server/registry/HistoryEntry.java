package org.ansinh.server.registry;

import java.time.OffsetDateTime;

/**
 * One row of the change history: a field of a record changed from one value to another, when, by
 * whom and on what evidence. Creating a record writes one entry with field {@code record}.
 */
public record HistoryEntry(
    long id,
    String entity,
    long entityId,
    String field,
    String oldValue,
    String newValue,
    OffsetDateTime changedAt,
    String changedBy,
    String evidence,
    String reason) {}
