package org.ansinh.server.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo city {@code ansinh demo} loads on first start.
 *
 * @param enabled load it (set by {@code ansinh demo})
 * @param city hcm or hanoi
 * @param persons persons in the weighted sample (at most 1,000,000: demo national ids are unique up
 *     to that)
 * @param seed random seed: the same seed gives the same city
 * @param period month the sample describes, YYYY-MM
 * @param reentries persons entered a second time without their national ID, so the duplicates page
 *     has pairs to decide ({@link DemoReentries}); 0 for none
 */
@ConfigurationProperties("ansinh.demo")
record DemoSettings(
    boolean enabled, String city, int persons, long seed, String period, int reentries) {

  static final int MAX_PERSONS = 1_000_000; // not law: the width of the id serial below

  DemoSettings {
    if (enabled && (persons < 1 || persons > MAX_PERSONS)) {
      throw new IllegalArgumentException(
          "ansinh.demo.persons must be between 1 and " + MAX_PERSONS + ", not " + persons);
    }
    if (reentries < 0 || reentries > persons) {
      throw new IllegalArgumentException(
          "ansinh.demo.reentries must be between 0 and ansinh.demo.persons, not " + reentries);
    }
  }
}
