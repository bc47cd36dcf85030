package org.ansinh.policy.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ansinh.engine.yamltest.YamlTestFiles;
import org.ansinh.engine.yamltest.YamlTestRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML case under {@code src/test/resources/tests}, one dynamic test each. {@code
 * -Dansinh.tests=social_assistance} narrows the run to one folder or file under it.
 */
class PolicyYamlTests {

  private static final Path CASES =
      Path.of("src/test/resources/tests").resolve(System.getProperty("ansinh.tests", ""));

  @TestFactory
  Stream<DynamicTest> yamlCases() {
    YamlTestRunner runner = new YamlTestRunner(VietnamLegislation.get(), VietnamReforms::byName);
    return YamlTestFiles.find(List.of(CASES)).stream()
        .flatMap(file -> YamlTestFiles.read(file).stream())
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.title(), () -> assertThat(runner.run(c).failures()).as(c.title()).isEmpty()));
  }
}
