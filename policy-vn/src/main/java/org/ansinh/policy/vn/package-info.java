/**
 * Vietnam's social security law as code. Parameters live in {@code parameters/} (one YAML file per
 * legal concept, cited and dated); formulas live in one package per pillar, each variable in a
 * class named after the legal concept it implements. {@link VietnamLegislation} assembles them.
 */
package org.ansinh.policy.vn;
