package org.ansinh.server.analysis;

/**
 * The simulation's SVG charts made fit to sit inside a page: without the XML prolog, scaled to the
 * width of the screen, and with their style rules kept to the chart (a page has its own {@code
 * .title} or {@code .value}).
 */
final class Charts {

  private Charts() {}

  static String inline(String svg) {
    String s = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).strip() : svg;
    int open = s.indexOf("<style>");
    int close = s.indexOf("</style>");
    if (open >= 0 && close > open) {
      String rules = s.substring(open + "<style>".length(), close);
      String scoped = "svg.chart " + rules.replace("}.", "} svg.chart .");
      s = s.substring(0, open) + "<style>" + scoped + s.substring(close);
    }
    return s.replaceFirst("<svg ", "<svg class=\"chart\" preserveAspectRatio=\"xMinYMin meet\" ");
  }
}
