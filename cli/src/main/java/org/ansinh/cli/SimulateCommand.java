package org.ansinh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.simulation.population.PopulationFacts;
import org.ansinh.simulation.reform.ProgrammeChange;
import org.ansinh.simulation.reform.ReformComparison;
import org.ansinh.simulation.reform.WinnersAndLosers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A reform against the baseline: beneficiaries, newly reachable persons, gap closed, budget cost,
 * winners and losers, by group and by ward.
 */
@Command(
    name = "simulate",
    description = {
      "Compare reforms with the baseline over a population: beneficiaries before and after, persons",
      "newly eligible or freed of a residence, contract or affordability barrier, the access gap",
      "closed, the annual budget cost (upper bound: all newly reachable take it up), and winners",
      "and losers of state payments."
    })
final class SimulateCommand implements Callable<Integer> {

  @Option(
      names = "--reform",
      required = true,
      split = ",",
      description = "Reform name(s), applied in order (see: ansinh reforms)")
  List<String> reforms;

  @Option(
      names = "--set",
      description =
          "A reform setting, e.g. --set voluntary_si_support.rate=0.4 (wins over --settings)")
  Map<String, String> set = new LinkedHashMap<>();

  @Option(names = "--settings", description = "YAML file of settings: reform → setting → value")
  Path settingsFile;

  @Option(
      names = "--out",
      description = "Folder for simulate*.csv, simulate.json and the charts (SVG)")
  Path out;

  @Mixin AnalysisOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Period p = options.checkedPeriod();
    Map<String, Map<String, String>> settings = ReformSettings.read(settingsFile, set, reforms);
    Reform reform = null;
    for (String name : reforms) {
      Reform r = VietnamReforms.byName(name, settings.getOrDefault(name, Map.of()));
      reform = reform == null ? r : reform.andThen(r);
    }
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Progress progress = new Progress(spec.commandLine().getErr(), options.quiet);
    progress.mark("finding the columns the run reads");
    Set<String> needed = ReformComparison.inputsRead(legislation, reform, p);
    progress.mark("reading the population");
    Population population = PopulationFile.read(options.file, legislation, p, needed, progress);
    ReformComparison comparison =
        ReformComparison.run(
            population,
            legislation,
            reform,
            p,
            (stage, done, total) -> progress.show("computing (" + stage + ")", done, total));
    // the table by ward is only written to --out: not summed when nobody reads it
    progress.mark("report");
    ReformComparison.Report report = comparison.report(options.by, out != null);
    List<ProgrammeChange> rows = report.byGroup();
    List<ProgrammeChange> wards = report.byWard();
    List<WinnersAndLosers> winners = report.winnersAndLosers();
    progress.done(String.format("%,d persons compared", population.personCount()));
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        reform.titleEn()
            + " — "
            + p
            + ", no behavioural response; after-reform figures are upper bounds (all newly"
            + " reachable take up)");
    SimulateReport.print(rows, winners, w);
    if (out != null) {
      SimulateReport.write(reform, p, rows, wards, winners, out);
      w.println(
          "→ "
              + out.resolve("simulate.csv")
              + ", simulate-ward.csv, simulate-winners.csv, simulate.json,"
              + " simulate-newly.svg, simulate-cost.svg");
    }
    w.flush();
    return 0;
  }
}
