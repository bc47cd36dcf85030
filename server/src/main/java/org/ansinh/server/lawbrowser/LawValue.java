package org.ansinh.server.lawbrowser;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.value.Coded;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;
import org.springframework.context.MessageSource;

/**
 * A value of the law as a page shows it: the kind decides the format ({@link #text}), so money is
 * {@code 2.340.000 ₫} and a rate {@code 8,0 %} on the law browser and in the screener's
 * explanations alike.
 *
 * @param kind {@code money}, {@code percent}, {@code number}, {@code yesno}, {@code date}, {@code
 *     text} or {@code unit} (a number followed by the unit's message {@code law.unit.<unit>})
 * @param value the number, boolean, date or text
 * @param unit for {@code unit}: the parameter's unit as its file writes it ({@code years}), or null
 */
public record LawValue(String kind, Object value, String unit) {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A parameter's value: by its unit (VND, rate, boolean, years, coefficient…). */
  public static LawValue of(ParameterValue v) {
    if (v.scale() != null) {
      return new LawValue("text", v.display(), null);
    }
    if (v.number() == null) {
      return new LawValue("text", "—", null);
    }
    return of(v.number(), v.unit());
  }

  /**
   * A number of the law in its unit as parameter files write it ({@code VND/month}, {@code rate}…).
   */
  public static LawValue of(double n, String fileUnit) {
    String unit = fileUnit == null ? "" : fileUnit;
    return switch (unit) {
      case "VND", "VND/month", "VND/year" ->
          new LawValue("unit", Math.round(n), unit.replace('/', '_'));
      case "rate" -> new LawValue("percent", n, null);
      case "boolean" -> new LawValue("yesno", n != 0, null);
      case "" -> new LawValue("number", n, null);
      default -> new LawValue("unit", n, unit);
    };
  }

  /**
   * A variable's value as the engine's type holds it ({@code ValueType.get}): money in đồng, a rate
   * as a share, an enumeration constant by its label in {@code lang}.
   */
  public static LawValue of(Variable<?> variable, Object canonical, String lang) {
    ValueType<?> type = variable.type();
    if (canonical == null) {
      return new LawValue("text", "—", null);
    }
    if (type == ValueType.MONEY) {
      return new LawValue("money", canonical, null);
    }
    if (type == ValueType.RATE) {
      return new LawValue("percent", canonical, null);
    }
    if (canonical instanceof Boolean b) {
      return new LawValue("yesno", b, null);
    }
    if (canonical instanceof Coded c) {
      return new LawValue("text", "en".equals(lang) ? c.labelEn() : c.labelVi(), null);
    }
    if (canonical instanceof LocalDate d) {
      return new LawValue("date", d, null);
    }
    if (canonical instanceof Number && variable.unit() != null) {
      return new LawValue("unit", canonical, variable.unit());
    }
    return new LawValue(canonical instanceof Number ? "number" : "text", canonical, null);
  }

  /**
   * The value as text in the locale's language, written as the platform's formats write money,
   * shares and dates ({@code 1.234.567 ₫}, {@code 12,5 %}, {@code 23/11/2026}; separators swap in
   * English), numbers with up to three decimals, yes/no and units in words from the {@code law}
   * messages. Computed here rather than by nested template fragments: an explanation shows hundreds
   * of values, and a fragment per value made a page take seconds to render.
   */
  public String text(Locale locale, MessageSource messages) {
    boolean english = "en".equals(locale.getLanguage());
    return switch (kind) {
      case "money" -> number("#,##0", english) + " ₫";
      case "percent" ->
          pattern("#,##0.0", english).format(((Number) value).doubleValue() * 100) + " %";
      case "yesno" ->
          messages.getMessage(Boolean.TRUE.equals(value) ? "law.yes" : "law.no", null, locale);
      case "date" -> DATE.format((LocalDate) value);
      case "number" -> number("#,##0.###", english);
      case "unit" ->
          number("#,##0.###", english)
              + " "
              + messages.getMessage("law.unit." + unit, null, unit, locale);
      default -> String.valueOf(value);
    };
  }

  private String number(String pattern, boolean english) {
    return pattern(pattern, english).format(value);
  }

  private static DecimalFormat pattern(String pattern, boolean english) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(english ? ',' : '.');
    symbols.setDecimalSeparator(english ? '.' : ',');
    return new DecimalFormat(pattern, symbols);
  }
}
