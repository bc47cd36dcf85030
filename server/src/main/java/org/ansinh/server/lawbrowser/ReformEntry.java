package org.ansinh.server.lawbrowser;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.policy.vn.reforms.ReformDefinition;

/**
 * A named reform as the law browser shows it: its definition (words, source, settings) and its
 * title with the default settings filled in ("at least 50%" rather than "at least {rate%}").
 */
record ReformEntry(ReformDefinition definition, String titleVi, String titleEn) {

  public String name() {
    return definition.name();
  }

  public String title(String lang) {
    return "en".equals(lang) ? titleEn : titleVi;
  }

  /** Every shipped reform, in the order policy-vn lists them. */
  static List<ReformEntry> all() {
    List<ReformEntry> out = new ArrayList<>();
    List<Reform> built = VietnamReforms.all();
    for (ReformDefinition d : VietnamReforms.definitions()) {
      Reform r = built.stream().filter(b -> b.name().equals(d.name())).findFirst().orElseThrow();
      out.add(new ReformEntry(d, r.titleVi(), r.titleEn()));
    }
    return List.copyOf(out);
  }
}
