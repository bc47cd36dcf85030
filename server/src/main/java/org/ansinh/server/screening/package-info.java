/**
 * The screener ({@code /screener}, public): a short form about one person — age, residence at the
 * current place, work, wage, household — and, pillar by pillar, what the law gives them and what
 * they and an employer would pay each month, each line explained down to the article of law. The
 * law runs in the engine over a one-person household; nothing here computes an entitlement itself.
 * Uses {@code lawbrowser} (how a value of the law is shown, links to parameters) and {@code
 * platform} (the layout).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package org.ansinh.server.screening;
