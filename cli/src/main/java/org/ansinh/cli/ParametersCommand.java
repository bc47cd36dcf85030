package org.ansinh.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ansinh.engine.catalogue.Catalogue;
import org.ansinh.engine.io.Json;
import org.ansinh.policy.vn.VietnamLegislation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists every legal parameter with its values and references. */
@Command(name = "parameters", description = "List legal parameters with values and references.")
final class ParametersCommand implements Callable<Integer> {

  @Option(names = "--at", description = "Only the values in force on this date (YYYY-MM-DD)")
  LocalDate at;

  @Option(names = "--json", description = "Print JSON")
  boolean json;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> parameters = new Catalogue(VietnamLegislation.get()).parameters(at);
    if (json) {
      out.println(Json.write(parameters));
    } else {
      for (Map<String, Object> p : parameters) {
        @SuppressWarnings("unchecked")
        Map<String, String> description = (Map<String, String>) p.get("description");
        Object confirmed = p.get("last_value_still_valid_on");
        out.println(
            p.get("parameter")
                + " — "
                + description.get(lang.equals("en") ? "en" : "vi")
                + " ["
                + p.get("unit")
                + "]"
                + (confirmed == null
                    ? "  (last value never confirmed)"
                    : "  (confirmed " + confirmed + ")"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) p.get("values");
        for (Map<String, Object> v : values) {
          @SuppressWarnings("unchecked")
          Map<String, Object> r = (Map<String, Object>) v.get("reference");
          Object value = v.containsKey("brackets") ? v.get("brackets") : v.get("value");
          out.println(
              "    "
                  + v.get("from")
                  + ": "
                  + plain(value)
                  + "   ("
                  + r.get("document")
                  + (r.get("article") == null ? "" : ", " + r.get("article"))
                  + ")"
                  + (v.containsKey("uncertain") ? "  ⚠ " + v.get("uncertain") : ""));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static String plain(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
