package org.ansinh.engine.trace;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * Renders a trace for one entity — a person, or a group with its members — as indented text in
 * Vietnamese or English, or as a JSON-ready tree. A step already shown is referred to, not
 * repeated.
 */
public final class Explanation {

  private final Population population;
  private final boolean focusIsGroup;
  private final int focus;
  private final String lang;

  /**
   * @param focusIsGroup whether {@code focus} indexes a group rather than a person
   * @param lang {@code vi} or {@code en}
   */
  public Explanation(Population population, boolean focusIsGroup, int focus, String lang) {
    this.population = population;
    this.focusIsGroup = focusIsGroup;
    this.focus = focus;
    this.lang = "vi".equals(lang) ? "vi" : "en";
  }

  public String text(TraceNode root) {
    StringBuilder out = new StringBuilder();
    text(root, 0, out, new HashSet<>(), false);
    return out.toString();
  }

  /**
   * @param amongMembers whether a household formula above read this person variable for all its
   *     members: then all members' values are shown, not only the focus person's
   */
  private void text(
      TraceNode n, int depth, StringBuilder out, Set<TraceNode> shown, boolean amongMembers) {
    String pad = "  ".repeat(depth);
    Variable<?> v = n.variable();
    boolean members = amongMembers || v.entity().isGroup();
    out.append(pad)
        .append(v.name())
        .append('[')
        .append(n.period())
        .append("] = ")
        .append(value(n, amongMembers));
    if (!shown.add(n)) {
      out.append(vi() ? "  (đã tính ở trên)" : "  (see above)").append('\n');
      return;
    }
    out.append("  — ").append(v.label(lang));
    out.append("  {").append(source(n.source()));
    if (n.basis() != null) {
      out.append("; ").append(n.basis());
    }
    out.append("}\n");
    for (TraceNode.ParameterRead p : n.parameters()) {
      Reference r = p.value().reference();
      out.append(pad)
          .append("  ◦ ")
          .append(p.parameter().path())
          .append(" = ")
          .append(p.value().display())
          .append(' ')
          .append(p.value().unit() == null ? "" : p.value().unit())
          .append(vi() ? " (từ " : " (from ")
          .append(p.value().start())
          .append(") — ")
          .append(vi() ? p.parameter().descriptionVi() : p.parameter().descriptionEn())
          .append(" [")
          .append(r.cite())
          .append(']');
      if (p.value().uncertain() != null || p.parameter().uncertain() != null) {
        out.append(vi() ? " ⚠ chưa chắc chắn" : " ⚠ uncertain");
      }
      out.append('\n');
    }
    for (TraceNode c : n.children()) {
      text(c, depth + 1, out, shown, members);
    }
  }

  /** A JSON-ready tree: maps and lists. */
  public Map<String, Object> json(TraceNode root) {
    return json(root, new HashSet<>(), false);
  }

  private Map<String, Object> json(TraceNode n, Set<TraceNode> shown, boolean amongMembers) {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean members = amongMembers || n.variable().entity().isGroup();
    m.put("variable", n.variable().name());
    m.put("period", n.period().toString());
    m.put("value", rawValue(n, amongMembers));
    if (!shown.add(n)) {
      m.put("see", "above");
      return m;
    }
    m.put("label", n.variable().label(lang));
    m.put("source", n.source());
    if (n.basis() != null) {
      m.put("basis", n.basis());
    }
    List<Object> params = new ArrayList<>();
    for (TraceNode.ParameterRead p : n.parameters()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("parameter", p.parameter().path());
      pm.put("description", vi() ? p.parameter().descriptionVi() : p.parameter().descriptionEn());
      pm.put("value", p.value().scale() != null ? p.value().display() : p.value().number());
      pm.put("unit", p.value().unit());
      pm.put("in_force_from", p.value().start());
      Reference r = p.value().reference();
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("document", r.document());
      rm.put("title", r.title());
      rm.put("article", r.article());
      rm.put("effective", r.effective());
      rm.put("url", r.url());
      pm.put("reference", rm);
      if (p.value().uncertain() != null || p.parameter().uncertain() != null) {
        pm.put(
            "uncertain",
            p.value().uncertain() != null ? p.value().uncertain() : p.parameter().uncertain());
      }
      params.add(pm);
    }
    if (!params.isEmpty()) {
      m.put("parameters", params);
    }
    List<Object> children = new ArrayList<>();
    for (TraceNode c : n.children()) {
      children.add(json(c, shown, members));
    }
    if (!children.isEmpty()) {
      m.put("inputs", children);
    }
    return m;
  }

  private boolean vi() {
    return lang.equals("vi");
  }

  private String source(String source) {
    if (!vi()) {
      return source.startsWith("since") ? "formula " + source : source;
    }
    return switch (source) {
      case "input" -> "dữ liệu đầu vào";
      case "input (partly)" -> "dữ liệu đầu vào (một phần)";
      case "default" -> "giá trị mặc định";
      case "baseline" -> "như hiện hành";
      default ->
          source.startsWith("since")
              ? "công thức từ " + source.substring(6)
              : "công thức " + source;
    };
  }

  /** The focus entity's value, or its group members' values for a person variable. */
  private Object rawValue(TraceNode n, boolean amongMembers) {
    List<Integer> idx = indices(n.variable(), amongMembers);
    if (idx.size() == 1) {
      return canonical(n, idx.get(0));
    }
    Map<String, Object> byMember = new LinkedHashMap<>();
    for (int i : idx) {
      byMember.put(population.personId(i), canonical(n, i));
    }
    return byMember;
  }

  private String value(TraceNode n, boolean amongMembers) {
    List<Integer> idx = indices(n.variable(), amongMembers);
    if (idx.size() == 1) {
      return format(n, idx.get(0));
    }
    List<String> parts = new ArrayList<>();
    for (int i : idx) {
      parts.add(population.personId(i) + ": " + format(n, i));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  private List<Integer> indices(Variable<?> v, boolean amongMembers) {
    boolean groupVariable = v.entity().isGroup();
    if (focusIsGroup || amongMembers) {
      int group = focusIsGroup ? focus : population.groupOfPerson()[focus];
      if (groupVariable) {
        return List.of(group);
      }
      List<Integer> members = new ArrayList<>();
      int[] first = population.firstPersonOfGroup();
      for (int i = first[group]; i < first[group + 1]; i++) {
        members.add(i);
      }
      return members;
    }
    return List.of(groupVariable ? population.groupOfPerson()[focus] : focus);
  }

  @SuppressWarnings("unchecked")
  private static <A> Object canonical(TraceNode n, int index) {
    ValueType<A> type = (ValueType<A>) n.variable().type();
    return type.get((A) n.values(), index);
  }

  @SuppressWarnings("unchecked")
  private <A> String format(TraceNode n, int index) {
    ValueType<A> type = (ValueType<A>) n.variable().type();
    Object value = type.get((A) n.values(), index);
    if (type == ValueType.MONEY) {
      return money((Long) value) + (vi() ? " ₫" : " VND");
    }
    if (type == ValueType.RATE) {
      double d = (Double) value;
      return decimal(d * 100) + " %";
    }
    if (value instanceof Boolean b) {
      return vi() ? (b ? "có" : "không") : b.toString();
    }
    return type.format((A) n.values(), index);
  }

  private String money(long amount) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    s.setGroupingSeparator(vi() ? '.' : ',');
    return new DecimalFormat("#,##0", s).format(amount);
  }

  private String decimal(double d) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    s.setDecimalSeparator(vi() ? ',' : '.');
    return new DecimalFormat("0.##", s).format(d);
  }
}
