package org.ansinh.server.registry;

import java.time.LocalDate;

/**
 * What a person is enrolled in or receives over {@code [validFrom, validUntil)} ({@code validUntil}
 * null: still valid): a scheme of table {@code enrolment} (compulsory or voluntary social
 * insurance, a health-insurance card with its group and number, unemployment insurance, an
 * allowance with its monthly amount in đồng).
 */
public record Enrolment(
    long id,
    String scheme,
    String hiGroup,
    String cardNumber,
    Long monthlyAmount,
    LocalDate validFrom,
    LocalDate validUntil,
    int version) {}
