package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is well-formed XML and bar lengths are proportional to the numbers. */
class BarChartTests {

  /** Parses the SVG (throws when it is not well-formed XML) and returns its bars in order. */
  static List<Element> bars(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element e = (Element) rects.item(i);
      if ("bar".equals(e.getAttribute("class"))) {
        bars.add(e);
      }
    }
    return bars;
  }

  static double width(Element bar) {
    return Double.parseDouble(bar.getAttribute("width"));
  }

  /** Grouped: 400 and 100, then 200 and 50 — lengths 4 : 1 : 2 : 0.5 of the second bar. */
  @Test
  void groupedBarsAreProportional() throws Exception {
    String svg =
        new BarChart("A & B <test>", List.of("eligible", "reached"), false, "%,.0f")
            .panel(
                "Programme", List.of("FORMAL", "INFORMAL"), new double[][] {{400, 100}, {200, 50}})
            .toSvg();
    List<Element> bars = bars(svg);
    assertThat(bars).hasSize(4);
    double unit = width(bars.get(1)) / 100;
    assertThat(width(bars.get(0))).isCloseTo(400 * unit, within(0.01));
    assertThat(width(bars.get(2))).isCloseTo(200 * unit, within(0.01));
    assertThat(width(bars.get(3))).isCloseTo(50 * unit, within(0.01));
    assertThat(bars.get(0).getAttribute("data-value")).isEqualTo("400.0");
  }

  /** Stacked: 30 % then 20 % of one group; the second starts where the first ends. */
  @Test
  void stackedSegmentsFollowEachOther() throws Exception {
    String svg =
        new BarChart("shares", List.of("residence", "other"), true, "%.1f%%")
            .panel("HI", List.of("ALL", "MIGRANT"), new double[][] {{30, 20}, {60, 0}})
            .toSvg();
    List<Element> bars = bars(svg);
    double first = width(bars.get(0));
    double second = width(bars.get(1));
    assertThat(first / second).isCloseTo(30.0 / 20, within(1e-3));
    assertThat(Double.parseDouble(bars.get(1).getAttribute("x")))
        .isCloseTo(Double.parseDouble(bars.get(0).getAttribute("x")) + first, within(0.01));
    assertThat(width(bars.get(2))).isCloseTo(2 * first, within(0.01)); // 60 = 2 × 30
    assertThat(width(bars.get(3))).isZero();
  }

  /**
   * The access chart of two groups: FORMAL eligible 300, reached 240; INFORMAL eligible 600,
   * reached 150. Lengths 300 : 240 : 600 : 150 — INFORMAL drawn first (larger).
   */
  @Test
  void accessChartDrawsEligibleAndReached() throws Exception {
    Estimate any = new Estimate(0.5, 0.01);
    List<AccessTable.Row> rows =
        List.of(
            new AccessTable.Row(
                "FORMAL", Programme.HEALTH_INSURANCE, 300, 300, 240, Map.of(), any, any),
            new AccessTable.Row(
                "INFORMAL",
                Programme.HEALTH_INSURANCE,
                600,
                600,
                150,
                Map.of(Barrier.RESIDENCE, 0.5, Barrier.AFFORDABILITY, 0.25),
                any,
                any));
    List<Element> bars = bars(AccessCharts.eligibleAndReached(rows));
    assertThat(bars).hasSize(4);
    double unit = width(bars.get(0)) / 600;
    assertThat(width(bars.get(1))).isCloseTo(150 * unit, within(0.01));
    assertThat(width(bars.get(2))).isCloseTo(300 * unit, within(0.01));
    assertThat(width(bars.get(3))).isCloseTo(240 * unit, within(0.01));
    List<Element> barriers = bars(AccessCharts.barriers(rows));
    double residence =
        barriers.stream()
            .filter(b -> b.getAttribute("data-value").equals("50.0"))
            .mapToDouble(BarChartTests::width)
            .findFirst()
            .orElseThrow();
    double afford =
        barriers.stream()
            .filter(b -> b.getAttribute("data-value").equals("25.0"))
            .mapToDouble(BarChartTests::width)
            .findFirst()
            .orElseThrow();
    assertThat(residence / afford).isCloseTo(2.0, within(1e-3)); // 50 % : 25 %
  }

  /** A fixed maximum of 100: 25 % is a quarter of the 100 % bar of another panel. */
  @Test
  void aFixedMaximumKeepsPanelsComparable() throws Exception {
    String svg =
        new BarChart("shares", List.of("a", "b"), true, "%.1f%%")
            .maximum(100)
            .panel("one", List.of("G"), new double[][] {{25, 25}})
            .panel("two", List.of("G"), new double[][] {{100, 0}})
            .toSvg();
    List<Element> bars = bars(svg);
    assertThat(width(bars.get(2))).isCloseTo(4 * width(bars.get(0)), within(0.01));
  }

  /** A common scale: 10 in one panel is a tenth of 100 in the other. */
  @Test
  void aCommonScaleComparesPanels() throws Exception {
    String svg =
        new BarChart("money", List.of("cost"), false, "%,.0f")
            .commonScale()
            .panel("one", List.of("G"), new double[][] {{10}})
            .panel("two", List.of("G"), new double[][] {{100}})
            .toSvg();
    List<Element> bars = bars(svg);
    assertThat(width(bars.get(1))).isCloseTo(10 * width(bars.get(0)), within(0.01));
  }
}
