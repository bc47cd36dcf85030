package org.ansinh.policy.vn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.reforms.SeedReforms;

/** The named reforms shipped with the Vietnamese policy package. */
public final class VietnamReforms {

  private VietnamReforms() {}

  public static List<Reform> all() {
    return List.of(byName("voluntary_si_support", Map.of()), byName("delink_residence", Map.of()));
  }

  /**
   * A reform by name with its adjustable settings: {@code from} (YYYY-MM-DD, default 2026-01-01)
   * for all; {@code rate} (0–1, default 0.5) for {@code voluntary_si_support}.
   *
   * @throws IllegalArgumentException naming an unknown reform, setting or a value out of range
   */
  public static Reform byName(String name, Map<String, String> settings) {
    var tree = VietnamLegislation.get().parameters();
    LocalDate from =
        LocalDate.parse(settings.getOrDefault("from", SeedReforms.DEFAULT_FROM.toString()));
    return switch (name) {
      case "voluntary_si_support" -> {
        only(name, settings, "from", "rate");
        yield SeedReforms.voluntarySiSupport(
            tree, Double.parseDouble(settings.getOrDefault("rate", "0.5")), from);
      }
      case "delink_residence" -> {
        only(name, settings, "from");
        yield SeedReforms.delinkResidence(tree, from);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown reform '" + name + "'; known: voluntary_si_support, delink_residence");
    };
  }

  private static void only(String reform, Map<String, String> settings, String... allowed) {
    for (String key : settings.keySet()) {
      if (!List.of(allowed).contains(key)) {
        throw new IllegalArgumentException(
            reform + " has no setting '" + key + "'; it has " + List.of(allowed));
      }
    }
  }

  /**
   * @throws IllegalArgumentException naming the unknown reform and the known ones
   */
  public static Reform byName(String name) {
    return byName(name, Map.of());
  }
}
