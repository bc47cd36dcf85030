package org.ansinh.policy.vn;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.reforms.SeedReforms;

/** The named reforms shipped with the Vietnamese policy package. */
public final class VietnamReforms {

  private VietnamReforms() {}

  public static List<Reform> all() {
    List<Reform> reforms = new ArrayList<>();
    var tree = VietnamLegislation.get().parameters();
    reforms.add(SeedReforms.voluntarySiSupport(tree, 0.5, SeedReforms.DEFAULT_FROM));
    reforms.add(SeedReforms.delinkResidence(tree, SeedReforms.DEFAULT_FROM));
    return reforms;
  }

  /**
   * @throws IllegalArgumentException naming the unknown reform and the known ones
   */
  public static Reform byName(String name) {
    for (Reform r : all()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    List<String> names = all().stream().map(Reform::name).toList();
    throw new IllegalArgumentException("unknown reform '" + name + "'; known: " + names);
  }
}
