package org.ansinh.server.registry;

/** A household as a search lists it. */
public record HouseholdSummary(
    long id, String code, int wardCode, String address, int memberCount, int version) {}
