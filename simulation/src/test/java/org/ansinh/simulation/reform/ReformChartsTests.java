package org.ansinh.simulation.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ansinh.simulation.access.Programme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reform charts for two groups of one programme: MIGRANT 300 newly reachable at 1.2 billion a year,
 * NON_MIGRANT 100 at 0.3 billion. Bars 3 : 1 for persons, 4 : 1 for cost.
 */
class ReformChartsTests {

  private static final List<ProgrammeChange> ROWS =
      List.of(
          new ProgrammeChange(
              "MIGRANT", Programme.INCOME_FLOOR, 0, 300, 0, 300, 300, 0, 0, 0, 0, 1.2e9),
          new ProgrammeChange(
              "NON_MIGRANT", Programme.INCOME_FLOOR, 0, 100, 0, 100, 100, 0, 0, 0, 0, 0.3e9));

  private static List<Double> widths(String svg) throws Exception {
    var f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    NodeList rects =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element e = (Element) rects.item(i);
      if ("bar".equals(e.getAttribute("class"))) {
        out.add(Double.parseDouble(e.getAttribute("width")));
      }
    }
    return out;
  }

  @Test
  void newlyReachableBarsAreProportional() throws Exception {
    List<Double> w = widths(ReformCharts.newlyReachable(ROWS));
    assertThat(w).hasSize(2);
    assertThat(w.get(0) / w.get(1)).isCloseTo(3.0, within(1e-3));
  }

  @Test
  void costBarsAreProportional() throws Exception {
    List<Double> w = widths(ReformCharts.annualCost(ROWS));
    assertThat(w.get(0) / w.get(1)).isCloseTo(4.0, within(1e-3));
  }
}
