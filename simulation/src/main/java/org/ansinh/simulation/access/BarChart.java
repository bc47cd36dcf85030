package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as a self-contained SVG document, for reports: panels one under the other,
 * each with its own scale (programmes differ by orders of magnitude), bars either side by side
 * (grouped) or end to end (stacked). Within a panel a bar's length is its value times the panel's
 * scale, so lengths are proportional to values; every bar carries its value in {@code data-value}
 * and a {@code <title>} for screen readers and tooltips. No dependency: the SVG is written by hand.
 */
public final class BarChart {

  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
  };
  private static final int WIDTH = 900; // not law: layout, pixels
  private static final int LABEL_WIDTH = 260;
  private static final int PLOT_WIDTH = 520;
  private static final int BAR = 12;
  private static final int GAP = 6;

  private final String title;
  private final List<String> series;
  private final boolean stacked;
  private final String valueFormat;
  private final List<Panel> panels = new ArrayList<>();
  private double maximum = Double.NaN;
  private boolean commonScale;
  private Locale numbers = Locale.ROOT;

  private record Panel(String heading, List<String> categories, double[][] values) {}

  /**
   * @param series the legend: one label per series (bar colour)
   * @param stacked whether a category's series are end to end (shares of a whole) or side by side
   * @param valueFormat {@link String#format} pattern for the value printed after a bar
   */
  public BarChart(String title, List<String> series, boolean stacked, String valueFormat) {
    this.title = title;
    this.series = List.copyOf(series);
    this.stacked = stacked;
    this.valueFormat = valueFormat;
  }

  /** Fixes the value a full-length bar stands for (100 for percentages), in every panel. */
  public BarChart maximum(double value) {
    this.maximum = value;
    return this;
  }

  /**
   * A label for a reader of {@code locale}: the Vietnamese text for Vietnamese, the English for
   * English, and both ({@code "vi / en"}) for {@link Locale#ROOT} — a file written for no one
   * reader, as the command line writes its reports.
   */
  public static String text(Locale locale, String vi, String en) {
    return switch (locale.getLanguage()) {
      case "vi" -> vi;
      case "en" -> en;
      default -> vi + " / " + en;
    };
  }

  /**
   * Writes the values as a reader of {@code locale} does ({@code 1.234.567} and {@code 12,5%} in
   * Vietnamese); the default, {@link Locale#ROOT}, writes {@code 1,234,567} and {@code 12.5%}.
   */
  public BarChart numbers(Locale locale) {
    this.numbers = locale;
    return this;
  }

  /** One scale for all panels, so that bars compare across panels (money, persons). */
  public BarChart commonScale() {
    this.commonScale = true;
    return this;
  }

  /**
   * Adds a panel.
   *
   * @param values per category, one value per series; negative values are drawn as 0 length
   */
  public BarChart panel(String heading, List<String> categories, double[][] values) {
    panels.add(new Panel(heading, List.copyOf(categories), values));
    return this;
  }

  /** The scale of a panel: pixels per unit, so that its longest bar (or stack) fills the plot. */
  public static double scale(double[][] values, boolean stacked) {
    double max = longest(values, stacked);
    return max == 0 ? 0 : PLOT_WIDTH / max;
  }

  private static double longest(double[][] values, boolean stacked) {
    double max = 0;
    for (double[] row : values) {
      double sum = 0;
      for (double v : row) {
        double x = Math.max(0, v);
        sum += x;
        max = Math.max(max, x);
      }
      if (stacked) {
        max = Math.max(max, sum);
      }
    }
    return max;
  }

  private double scaleOf(Panel p) {
    double max;
    if (!Double.isNaN(maximum)) {
      max = maximum;
    } else if (commonScale) {
      max = panels.stream().mapToDouble(x -> longest(x.values(), stacked)).max().orElse(0);
    } else {
      max = longest(p.values(), stacked);
    }
    return max == 0 ? 0 : PLOT_WIDTH / max;
  }

  public String toSvg() {
    StringBuilder body = new StringBuilder();
    int y = 24;
    for (String line : title.split(" / ", 2)) {
      body.append(text(10, y, "title", line));
      y += 20;
    }
    y = legend(body, y);
    for (Panel p : panels) {
      y += 10;
      body.append(text(10, y + 14, "panel", p.heading()));
      y += 24;
      double scale = scaleOf(p);
      for (int c = 0; c < p.categories().size(); c++) {
        int rows = stacked ? 1 : series.size();
        int height = rows * (BAR + 2);
        body.append(
            text(LABEL_WIDTH - 6, y + height / 2 + 4, "category end", p.categories().get(c)));
        double x = LABEL_WIDTH;
        for (int s = 0; s < series.size(); s++) {
          double v = p.values()[c][s];
          double length = Math.max(0, v) * scale;
          int barY = stacked ? y : y + s * (BAR + 2);
          body.append(bar(stacked ? x : LABEL_WIDTH, barY, length, s, v, p.categories().get(c)));
          if (stacked) {
            x += length;
          } else {
            body.append(text(LABEL_WIDTH + length + 4, barY + BAR - 2, "value", format(v)));
          }
        }
        y += height + GAP;
      }
    }
    int height = y + 20;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + WIDTH
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n"
        + "<title>"
        + escape(title)
        + "</title>\n"
        + "<style>.title{font-size:15px;font-weight:bold}.panel{font-weight:bold}"
        + ".end{text-anchor:end}.value{fill:#333}</style>\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        + body
        + "</svg>\n";
  }

  private int legend(StringBuilder body, int y) {
    int x = 10;
    for (int s = 0; s < series.size(); s++) {
      body.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>\n",
              x,
              y,
              COLOURS[s % COLOURS.length]));
      body.append(text(x + 14, y + 9, "legend", series.get(s)));
      x += 24 + 7 * series.get(s).length();
      boolean last = s == series.size() - 1;
      if (!last && x + 24 + 7 * series.get(s + 1).length() > WIDTH) {
        x = 10;
        y += 16;
      }
    }
    return y + 16;
  }

  private String bar(double x, int y, double length, int s, double value, String category) {
    return String.format(
        Locale.ROOT,
        "<rect class=\"bar\" data-series=\"%d\" data-value=\"%s\" x=\"%.3f\" y=\"%d\""
            + " width=\"%.3f\" height=\"%d\" fill=\"%s\"><title>%s — %s: %s</title></rect>\n",
        s,
        Double.toString(value),
        x,
        y,
        length,
        BAR,
        COLOURS[s % COLOURS.length],
        escape(category),
        escape(series.get(s)),
        escape(format(value)));
  }

  private String format(double v) {
    return String.format(numbers, valueFormat, v);
  }

  private static String text(double x, int y, String cls, String s) {
    return String.format(
        Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%d\">%s</text>\n", cls, x, y, escape(s));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
