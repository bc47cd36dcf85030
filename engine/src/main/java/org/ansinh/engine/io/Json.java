package org.ansinh.engine.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans, dates and null as JSON (RFC 8259). Enough for the
 * engine's own output, without a library.
 */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "", true);
    return out.toString();
  }

  public static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "", false);
    return out.toString();
  }

  private static void write(Object v, StringBuilder out, String indent, boolean pretty) {
    String inner = pretty ? indent + "  " : "";
    String nl = pretty ? "\n" : "";
    if (v == null) {
      out.append("null");
    } else if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{').append(nl);
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        out.append(inner);
        string(String.valueOf(e.getKey()), out);
        out.append(pretty ? ": " : ":");
        write(e.getValue(), out, inner, pretty);
        out.append(it.hasNext() ? "," : "").append(nl);
      }
      out.append(pretty ? indent : "").append('}');
    } else if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[').append(nl);
      Iterator<?> it = c.iterator();
      while (it.hasNext()) {
        out.append(inner);
        write(it.next(), out, inner, pretty);
        out.append(it.hasNext() ? "," : "").append(nl);
      }
      out.append(pretty ? indent : "").append(']');
    } else if (v instanceof Double d) {
      out.append(
          d.isNaN() || d.isInfinite()
              ? "null"
              : d == Math.rint(d) && Math.abs(d) < 1e15
                  ? Long.toString(d.longValue())
                  : d.toString());
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof LocalDate || v instanceof Enum<?>) {
      string(v.toString(), out);
    } else {
      string(String.valueOf(v), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
