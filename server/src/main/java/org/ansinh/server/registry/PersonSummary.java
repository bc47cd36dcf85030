package org.ansinh.server.registry;

import java.time.LocalDate;

/** A person as a search lists them (national ID masked for an analyst). */
public record PersonSummary(
    long id,
    long householdId,
    String householdCode,
    int wardCode,
    String role,
    String fullName,
    String nationalId,
    LocalDate birthDate,
    int version) {}
