package org.ansinh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ansinh.engine.yamltest.YamlTestCase;
import org.ansinh.engine.yamltest.YamlTestFiles;
import org.ansinh.engine.yamltest.YamlTestRunner;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs YAML cases; one line per failure, then "N passed, M failed". */
@Command(
    name = "test",
    description = "Run YAML test cases (OpenFisca format) from files or folders.")
final class TestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML files or folders")
  List<Path> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    YamlTestRunner runner = new YamlTestRunner(VietnamLegislation.get(), VietnamReforms::byName);
    int passed = 0;
    int failed = 0;
    for (Path file : YamlTestFiles.find(paths)) {
      List<YamlTestCase> cases;
      try {
        cases = YamlTestFiles.read(file);
      } catch (IllegalArgumentException e) {
        out.println("FAIL " + e.getMessage());
        failed++;
        continue;
      }
      for (YamlTestCase c : cases) {
        YamlTestRunner.Outcome outcome = runner.run(c);
        if (outcome.passed()) {
          passed++;
        } else {
          failed++;
          out.println("FAIL " + c.title() + ": " + String.join("; ", outcome.failures()));
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
