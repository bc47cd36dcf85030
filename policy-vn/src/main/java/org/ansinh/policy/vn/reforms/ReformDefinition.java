package org.ansinh.policy.vn.reforms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.engine.parameter.Reference;

/**
 * What a reform is, in words and numbers, read from {@code reforms/<name>.yaml} on the class path:
 * bilingual title and description, the seed passage it comes from, the fixed numbers of the
 * proposal ({@code terms}, each saying what it rests on) and the settings an analyst may change.
 * Java holds the mechanism; the numbers live here, beside their sources.
 */
public record ReformDefinition(
    String name,
    String titleVi,
    String titleEn,
    String descriptionVi,
    String descriptionEn,
    Source source,
    Map<String, Term> terms,
    List<ReformSetting> settings) {

  /** Every reform's first-day setting. */
  public static final String FROM = "from";

  /** The first day a reform applies unless the analyst says otherwise. */
  public static final LocalDate DEFAULT_FROM = LocalDate.of(2026, 1, 1); // a default, not law

  /** The seed study and passage a reform comes from. */
  public record Source(String document, String title, String passage, String url) {

    /** The legal basis a replaced formula cites: the study and its passage. */
    public String basis() {
      return document + " — " + passage;
    }

    /** As a parameter reference, for patches dated {@code from}. */
    public Reference reference(LocalDate from) {
      return new Reference(document, title, passage, from, url);
    }
  }

  /** A fixed number of the proposal (an age, a threshold) and what it rests on. */
  public record Term(double value, String restsOn) {}

  /** Loads {@code reforms/<name>.yaml}. */
  public static ReformDefinition load(String name) {
    String path = "reforms/" + name + ".yaml";
    try (InputStream in = ReformDefinition.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing reform definition " + path);
      }
      return parse(name, map(YamlFiles.read(in), path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReformDefinition parse(String name, Map<String, Object> doc) {
    Map<String, Object> title = map(doc.get("title"), name + ".title");
    Map<String, Object> description = map(doc.get("description"), name + ".description");
    Map<String, Object> src = map(doc.get("source"), name + ".source");
    Source source =
        new Source(
            text(src, "document", name),
            text(src, "title", name),
            text(src, "passage", name),
            (String) src.get("url"));
    Map<String, Term> terms = new LinkedHashMap<>();
    if (doc.get("terms") != null) {
      for (var e : map(doc.get("terms"), name + ".terms").entrySet()) {
        Map<String, Object> t = map(e.getValue(), name + ".terms." + e.getKey());
        terms.put(
            e.getKey(),
            new Term(decimal(t.get("value"), name + "." + e.getKey()), text(t, "rests_on", name)));
      }
    }
    List<ReformSetting> settings = new ArrayList<>();
    settings.add(fromSetting());
    if (doc.get("settings") != null) {
      for (var e : map(doc.get("settings"), name + ".settings").entrySet()) {
        settings.add(setting(name, e.getKey(), map(e.getValue(), name + "." + e.getKey())));
      }
    }
    return new ReformDefinition(
        name,
        text(title, "vi", name),
        text(title, "en", name),
        text(description, "vi", name),
        text(description, "en", name),
        source,
        Map.copyOf(terms),
        List.copyOf(settings));
  }

  private static ReformSetting fromSetting() {
    return new ReformSetting(
        FROM,
        "Ngày bắt đầu áp dụng (YYYY-MM-DD)",
        "First day the reform applies (YYYY-MM-DD)",
        null,
        DEFAULT_FROM.toString(),
        DEFAULT_FROM.toString(),
        Double.NaN,
        Double.NaN,
        false,
        "analyst's choice");
  }

  private static ReformSetting setting(String reform, String key, Map<String, Object> s) {
    Map<String, Object> label = map(s.get("label"), reform + "." + key + ".label");
    Double dflt = s.get("default") == null ? null : decimal(s.get("default"), reform + "." + key);
    String defaultVi = null;
    String defaultEn = null;
    if (dflt == null) {
      Map<String, Object> d = map(s.get("default_text"), reform + "." + key + ".default_text");
      defaultVi = text(d, "vi", reform);
      defaultEn = text(d, "en", reform);
    }
    ReformSetting setting =
        new ReformSetting(
            key,
            text(label, "vi", reform),
            text(label, "en", reform),
            dflt,
            defaultVi,
            defaultEn,
            decimal(s.get("min"), reform + "." + key + ".min"),
            decimal(s.get("max"), reform + "." + key + ".max"),
            Boolean.TRUE.equals(s.get("whole")),
            text(s, "rests_on", reform));
    if (dflt != null && (dflt < setting.min() || dflt > setting.max())) {
      throw new IllegalStateException(reform + "." + key + ": default outside " + setting.range());
    }
    return setting;
  }

  /** The setting called {@code key}, or null. */
  public ReformSetting setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
  }

  public List<String> settingKeys() {
    return settings.stream().map(ReformSetting::key).toList();
  }

  /** A fixed number of the proposal. */
  public double term(String key) {
    Term t = terms.get(key);
    if (t == null) {
      throw new IllegalStateException(name + ": no term " + key + " in reforms/" + name + ".yaml");
    }
    return t.value();
  }

  /** The settings checked and completed with defaults. */
  public ReformSettings resolve(Map<String, String> given) {
    return ReformSettings.resolve(this, given);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o, String where) {
    if (!(o instanceof Map<?, ?>)) {
      throw new IllegalStateException(where + ": expected a map");
    }
    return (Map<String, Object>) o;
  }

  private static String text(Map<String, Object> m, String key, String where) {
    Object o = m.get(key);
    if (o == null || String.valueOf(o).isBlank()) {
      throw new IllegalStateException(where + ": '" + key + "' is required");
    }
    return String.valueOf(o).trim();
  }

  private static double decimal(Object o, String where) {
    if (o instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException(where + ": expected a number, got " + o);
  }
}
