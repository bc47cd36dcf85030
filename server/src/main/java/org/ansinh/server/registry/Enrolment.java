package org.ansinh.server.registry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
    int version) {

  /** Whether it is still valid on this day. */
  public boolean validOn(LocalDate day) {
    return !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
  }

  /** Its values by field name, as {@link RegistryFields} names an enrolment's fields. */
  public Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("scheme", scheme);
    f.put("hi_group", hiGroup);
    f.put("card_number", cardNumber);
    f.put("monthly_amount", monthlyAmount);
    f.put("valid_from", validFrom);
    f.put("valid_until", validUntil);
    return f;
  }
}
