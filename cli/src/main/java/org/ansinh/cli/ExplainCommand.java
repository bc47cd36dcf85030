package org.ansinh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.Json;
import org.ansinh.engine.io.YamlFiles;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Simulation;
import org.ansinh.engine.trace.Explanation;
import org.ansinh.engine.trace.Tracer;
import org.ansinh.engine.variable.Variable;
import org.ansinh.engine.yamltest.Situation;
import org.ansinh.policy.vn.VietnamLegislation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Computes variables for one situation and explains each with its legal basis. */
@Command(
    name = "explain",
    description = {
      "Compute variables for a person or household described in YAML and explain how,",
      "with the article of law behind every number."
    })
final class ExplainCommand implements Callable<Integer> {

  @Option(names = "--period", required = true, description = "Month (YYYY-MM) or year (YYYY)")
  String period;

  @Option(names = "--input", required = true, description = "YAML situation (a test case's input)")
  Path input;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--json", description = "Print the trace as JSON")
  boolean json;

  @Option(names = "--person", description = "Explain for this person id (default: the first)")
  String person;

  @Parameters(arity = "1..*", paramLabel = "VARIABLE", description = "Variables to explain")
  List<String> variables;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!lang.equals("vi") && !lang.equals("en")) {
      throw new IllegalArgumentException("--lang must be vi or en, not " + lang);
    }
    if (!Files.isReadable(input)) {
      throw new IllegalArgumentException("cannot read input file " + input);
    }
    Object doc = YamlFiles.read(Files.readString(input));
    if (!(doc instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(input + ": expected a map of variables or persons");
    }
    Map<?, ?> situationMap = map.get("input") instanceof Map<?, ?> in ? in : map;
    Legislation legislation = VietnamLegislation.get();
    Period p = Period.parse(period);
    Situation situation = Situation.of(legislation, situationMap, p);
    Simulation sim = new Simulation(legislation, situation.population());
    Tracer tracer = new Tracer();
    sim.listen(tracer);
    int focus = 0;
    if (person != null) {
      Integer i = situation.personIndex().get(person);
      if (i == null) {
        throw new IllegalArgumentException(
            "no person '"
                + person
                + "' in "
                + input
                + "; persons: "
                + situation.personIndex().keySet());
      }
      focus = i;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Object> traces = new ArrayList<>();
    for (String name : variables) {
      Variable<?> v = legislation.variable(name);
      sim.calculate(v, p);
      boolean group = v.entity().isGroup();
      int index = group ? situation.population().groupOfPerson()[focus] : focus;
      Explanation explanation = new Explanation(situation.population(), group, index, lang);
      var root =
          tracer.node(
              v.name(),
              v.period() == org.ansinh.engine.period.PeriodUnit.ETERNITY ? Period.ETERNITY : p);
      if (json) {
        traces.add(explanation.json(root));
      } else {
        out.print(explanation.text(root));
        out.println();
      }
    }
    if (json) {
      Map<String, Object> doc2 = new LinkedHashMap<>();
      doc2.put("period", p.toString());
      doc2.put("person", situation.population().personId(focus));
      doc2.put("explanations", traces);
      out.println(Json.write(doc2));
    }
    out.flush();
    return 0;
  }
}
