package org.ansinh.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.policy.vn.reforms.ReformDefinition;
import org.ansinh.policy.vn.reforms.ReformSetting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the named reforms: what each changes, where it comes from, and its settings. */
@Command(
    name = "reforms",
    description = {
      "List the built-in reforms: source, what each changes, settings with defaults and ranges.",
      "Use a setting with: simulate --reform NAME --set NAME.KEY=VALUE"
    })
final class ReformsCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--json", description = "Print the list as JSON (both languages)")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!lang.equals("vi") && !lang.equals("en")) {
      throw new IllegalArgumentException("--lang must be vi or en, got '" + lang + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<ReformDefinition> definitions = VietnamReforms.definitions();
    List<Reform> reforms = VietnamReforms.all();
    if (json) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (int i = 0; i < definitions.size(); i++) {
        list.add(document(definitions.get(i), reforms.get(i)));
      }
      out.println(Json.write(list));
      out.flush();
      return 0;
    }
    boolean vi = lang.equals("vi");
    for (int i = 0; i < definitions.size(); i++) {
      ReformDefinition d = definitions.get(i);
      Reform r = reforms.get(i);
      out.println(d.name() + " — " + (vi ? r.titleVi() : r.titleEn()));
      out.println("    " + (vi ? d.descriptionVi() : d.descriptionEn()));
      out.println("    " + (vi ? "nguồn: " : "source: ") + d.source().document());
      out.println("    " + (vi ? "thay đổi: " : "changes: ") + changes(r));
      out.println("    " + (vi ? "tham số:" : "settings:"));
      for (ReformSetting s : d.settings()) {
        String range = s.key().equals(ReformDefinition.FROM) ? "YYYY-MM-DD" : s.range();
        out.println(
            "      "
                + d.name()
                + "."
                + s.key()
                + " — "
                + (vi ? s.labelVi() : s.labelEn())
                + "; "
                + (vi ? "mặc định " : "default ")
                + s.defaultText(lang)
                + "; "
                + (vi ? "khoảng " : "range ")
                + range);
      }
    }
    out.flush();
    return 0;
  }

  private static String changes(Reform r) {
    List<String> parts = new ArrayList<>();
    if (!r.parameters().isEmpty()) {
      parts.add("parameters " + String.join(", ", r.parameters()));
    }
    if (!r.variables().isEmpty()) {
      parts.add("formulas " + String.join(", ", r.variables()));
    }
    return String.join("; ", parts);
  }

  /** Vietnamese then English, in that order in every run (a {@code Map.of} has no order). */
  private static Map<String, Object> bilingual(String vi, String en) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vi", vi);
    m.put("en", en);
    return m;
  }

  private static Map<String, Object> document(ReformDefinition d, Reform r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.name());
    m.put("title", bilingual(r.titleVi(), r.titleEn()));
    m.put("description", bilingual(d.descriptionVi(), d.descriptionEn()));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("document", d.source().document());
    source.put("title", d.source().title());
    source.put("passage", d.source().passage());
    source.put("url", d.source().url());
    m.put("source", source);
    m.put("parameters", List.copyOf(r.parameters()));
    m.put("formulas", List.copyOf(r.variables()));
    List<Map<String, Object>> settings = new ArrayList<>();
    for (ReformSetting s : d.settings()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("key", s.key());
      x.put("label", bilingual(s.labelVi(), s.labelEn()));
      x.put("default", s.defaultValue() != null ? s.defaultValue() : s.defaultText("en"));
      if (!s.key().equals(ReformDefinition.FROM)) {
        x.put("min", s.min());
        x.put("max", s.max());
        x.put("whole", s.whole());
      }
      x.put("rests_on", s.restsOn());
      settings.add(x);
    }
    m.put("settings", settings);
    return m;
  }
}
