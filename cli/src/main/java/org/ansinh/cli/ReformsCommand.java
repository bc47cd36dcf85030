package org.ansinh.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ansinh.engine.reform.Reform;
import org.ansinh.policy.vn.VietnamReforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the named reforms with what each changes. */
@Command(
    name = "reforms",
    description = "List the built-in reforms and the parameters each changes.")
final class ReformsCommand implements Callable<Integer> {

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "vi or en (default: ${DEFAULT-VALUE})")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Reform r : VietnamReforms.all()) {
      out.println(r.name() + " — " + (lang.equals("vi") ? r.titleVi() : r.titleEn()));
      out.println("    " + r.description());
      out.println(
          "    changes: "
              + String.join(", ", r.parameters())
              + (r.variables().isEmpty() ? "" : "; formulas: " + r.variables()));
    }
    out.println(
        "Settings: voluntary_si_support.rate (0–1, default 0.5); every reform's .from (YYYY-MM-DD, default 2026-01-01).");
    out.flush();
    return 0;
  }
}
