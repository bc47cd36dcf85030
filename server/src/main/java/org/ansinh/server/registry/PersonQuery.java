package org.ansinh.server.registry;

/**
 * What to search persons by; every part optional, all given parts must match.
 *
 * @param name part of the full name, with or without diacritics ("nguyen van an")
 * @param nationalId the whole 12-digit number
 * @param householdCode the start of a household code
 * @param page from 1
 * @param size rows a page, 1–{@value RegistrySearch#MAX_SIZE}
 */
public record PersonQuery(
    String name,
    String nationalId,
    Integer wardCode,
    String householdCode,
    Long householdId,
    int page,
    int size) {}
