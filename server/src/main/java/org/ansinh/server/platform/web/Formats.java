package org.ansinh.server.platform.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates as people in Vietnam write them: {@code 1.234.567 ₫}, {@code 12,5 %},
 * {@code 23/11/2026}. In English the separators swap ({@code 1,234,567 ₫}); dates stay day first.
 * Templates call it as {@code ${@fmt.money(x)}}.
 */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public String number(Number n) {
    return n == null ? "" : pattern("#,##0").format(n);
  }

  /** Đồng, no decimals (the law rounds to the đồng). */
  public String money(Number vnd) {
    return vnd == null ? "" : pattern("#,##0").format(vnd) + " ₫";
  }

  /** A share (0.125) as a percentage with one decimal ({@code 12,5 %}). */
  public String percent(Number share) {
    return share == null ? "" : pattern("#,##0.0").format(share.doubleValue() * 100) + " %";
  }

  public String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  private static DecimalFormat pattern(String pattern) {
    Locale locale = LocaleContextHolder.getLocale();
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    boolean english = "en".equals(locale.getLanguage());
    symbols.setGroupingSeparator(english ? ',' : '.');
    symbols.setDecimalSeparator(english ? '.' : ',');
    return new DecimalFormat(pattern, symbols);
  }
}
