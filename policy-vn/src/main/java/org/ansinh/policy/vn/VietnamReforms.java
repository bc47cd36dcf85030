package org.ansinh.policy.vn;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.reforms.DelinkResidence;
import org.ansinh.policy.vn.reforms.EmergencyTransfer;
import org.ansinh.policy.vn.reforms.HcmcSupportGroups;
import org.ansinh.policy.vn.reforms.HiSupportByMonthsWorked;
import org.ansinh.policy.vn.reforms.PortableFloor;
import org.ansinh.policy.vn.reforms.PovertyLineDouble;
import org.ansinh.policy.vn.reforms.ReformDefinition;
import org.ansinh.policy.vn.reforms.SeedReform;
import org.ansinh.policy.vn.reforms.VoluntarySiSupport;

/**
 * The named reforms shipped with the Vietnamese policy package, each defined in {@code
 * reforms/<name>.yaml} (words, sources, settings with their ranges) and built by its {@link
 * SeedReform}.
 */
public final class VietnamReforms {

  private static final List<SeedReform> REFORMS =
      List.of(
          new VoluntarySiSupport(),
          new DelinkResidence(),
          new HcmcSupportGroups(),
          new HiSupportByMonthsWorked(),
          new PovertyLineDouble(),
          new PortableFloor(),
          new EmergencyTransfer());

  private static volatile Map<String, ReformDefinition> definitions;

  private VietnamReforms() {}

  /** Every reform's definition, in the order listed. */
  public static List<ReformDefinition> definitions() {
    return List.copyOf(byNameDefinitions().values());
  }

  /** Every reform built with its default settings. */
  public static List<Reform> all() {
    return REFORMS.stream().map(r -> byName(r.name(), Map.of())).toList();
  }

  /**
   * A reform by name with its settings ({@code from}, YYYY-MM-DD, for all; the others as its
   * definition lists them).
   *
   * @throws IllegalArgumentException naming an unknown reform, or the setting and its allowed range
   */
  public static Reform byName(String name, Map<String, String> settings) {
    ReformDefinition d = byNameDefinitions().get(name);
    if (d == null) {
      throw new IllegalArgumentException(
          "unknown reform '" + name + "'; known: " + String.join(", ", names()));
    }
    SeedReform r = REFORMS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    return r.build(d, d.resolve(settings), VietnamLegislation.get());
  }

  /**
   * A reform by name, optionally with settings in brackets — {@code
   * hi_support_by_months_worked(high_rate=1, from=2026-07-01)} — the form YAML cases use.
   *
   * @throws IllegalArgumentException naming the unknown reform, or the setting and its range
   */
  public static Reform byName(String spec) {
    String s = spec.trim();
    int open = s.indexOf('(');
    if (open < 0) {
      return byName(s, Map.of());
    }
    if (!s.endsWith(")")) {
      throw new IllegalArgumentException("reform '" + spec + "': expected name(key=value, …)");
    }
    Map<String, String> settings = new HashMap<>();
    for (String pair : s.substring(open + 1, s.length() - 1).split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("reform '" + spec + "': expected key=value: " + pair);
      }
      settings.put(kv[0].trim(), kv[1].trim());
    }
    return byName(s.substring(0, open).trim(), settings);
  }

  public static List<String> names() {
    return REFORMS.stream().map(SeedReform::name).toList();
  }

  private static Map<String, ReformDefinition> byNameDefinitions() {
    Map<String, ReformDefinition> d = definitions;
    if (d == null) {
      Map<String, ReformDefinition> loaded = new LinkedHashMap<>();
      REFORMS.forEach(r -> loaded.put(r.name(), ReformDefinition.load(r.name())));
      d = java.util.Collections.unmodifiableMap(loaded);
      definitions = d;
    }
    return d;
  }
}
