package org.ansinh.server.screening;

import java.util.List;

/**
 * One line of the screener's answer and the law's variables it shows, by name. The law decides;
 * this only says which of its answers belong together: whether the person is in the scheme, what
 * they receive, what they pay, what an employer pays, what the state pays for them.
 *
 * @param key the line's message key under {@code screening.line.}
 * @param eligible a boolean variable saying whether the person is in, or null (then: receives > 0)
 * @param receives money the person receives each month, or null
 * @param pays money the person pays each month, or null
 * @param paysYearly money the person pays once for a year, or null
 * @param employer money the employer pays each month for the person, or null
 * @param state money the state pays each month toward the person's contribution, or null
 * @param details further variables shown with their labels (a rate, a group, a number of months)
 */
record ScreenedLine(
    String key,
    String eligible,
    String receives,
    String pays,
    String paysYearly,
    String employer,
    String state,
    List<String> details) {

  /** Every variable of the line, the eligibility first, in the order the explanation shows them. */
  List<String> variables() {
    List<String> all = new java.util.ArrayList<>();
    for (String v : new String[] {eligible, receives, pays, paysYearly, employer, state}) {
      if (v != null) {
        all.add(v);
      }
    }
    all.addAll(details);
    return all;
  }

  static ScreenedLine eligibility(String key, String eligible, String... details) {
    return new ScreenedLine(key, eligible, null, null, null, null, null, List.of(details));
  }
}
