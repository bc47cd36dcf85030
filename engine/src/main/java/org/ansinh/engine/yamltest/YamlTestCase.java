package org.ansinh.engine.yamltest;

import java.util.List;
import java.util.Map;
import org.ansinh.engine.period.Period;

/**
 * One case of a YAML test file.
 *
 * @param source the file and the case's position in it, for messages
 */
public record YamlTestCase(
    String source,
    String name,
    String description,
    Period period,
    double absoluteErrorMargin,
    double relativeErrorMargin,
    List<String> reforms,
    Map<?, ?> input,
    Map<?, ?> output) {

  public String title() {
    return source + (name == null ? "" : " — " + name);
  }
}
