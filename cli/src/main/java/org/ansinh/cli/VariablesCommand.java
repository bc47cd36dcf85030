package org.ansinh.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.catalogue.Catalogue;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.DependencyGraph;
import org.ansinh.policy.vn.VietnamLegislation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists every variable with its labels and legal basis. */
@Command(name = "variables", description = "List variables with labels, types and legal basis.")
final class VariablesCommand implements Callable<Integer> {

  static final String CATALOGUE_TITLE = "AnSinh — Vietnam's policies as variables";

  @Option(names = "--json", description = "Print JSON")
  boolean json;

  @Option(names = "--markdown", description = "Print the Markdown catalogue (docs/policies.md)")
  boolean markdown;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(
      names = "--affected-by",
      paramLabel = "PARAMETER",
      description = "Only the variables whose value this parameter can change")
  String parameter;

  @Option(
      names = "--period",
      defaultValue = "2026-01",
      description = "Month whose formulas define the dependencies (default: ${DEFAULT-VALUE})")
  String period;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Legislation legislation = VietnamLegislation.get();
    Catalogue catalogue = new Catalogue(legislation);
    if (parameter != null) {
      legislation.parameters().get(parameter);
      Set<String> affected =
          DependencyGraph.discover(legislation, Period.parse(period))
              .affectedByParameter(parameter);
      out.println(json ? Json.write(affected) : String.join("\n", affected));
    } else if (json) {
      out.println(Json.write(catalogue.variables()));
    } else if (markdown) {
      out.print(catalogue.variablesMarkdown(CATALOGUE_TITLE));
    } else {
      for (Map<String, Object> v : catalogue.variables()) {
        @SuppressWarnings("unchecked")
        Map<String, String> label = (Map<String, String>) v.get("label");
        out.printf(
            "%-40s %-9s %-8s %-8s %s%n",
            v.get("name"),
            v.get("entity"),
            v.get("period"),
            v.get("type"),
            label.get(lang.equals("en") ? "en" : "vi"));
      }
    }
    out.flush();
    return 0;
  }
}
