package org.ansinh.server.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Simulation;
import org.ansinh.engine.trace.Explanation;
import org.ansinh.engine.trace.Tracer;
import org.ansinh.engine.variable.Variable;
import org.ansinh.engine.yamltest.Situation;
import org.ansinh.server.lawbrowser.LawValue;
import org.ansinh.server.screening.ExplanationStep.ParameterUse;
import org.ansinh.server.screening.ScreeningResult.Amount;
import org.ansinh.server.screening.ScreeningResult.Detail;
import org.ansinh.server.screening.ScreeningResult.LineResult;
import org.ansinh.server.screening.ScreeningResult.PillarResult;
import org.springframework.stereotype.Component;

/**
 * Screens one person: runs the law on their one-person household for the month asked, with a
 * tracer, and reads each line's answers and explanation off the one run. A fresh simulation per
 * request, so nothing is shared between users.
 */
@Component
class Screening {

  private final Legislation legislation;

  Screening(Legislation legislation) {
    this.legislation = legislation;
  }

  /**
   * @param lang {@code vi} or {@code en}: the language of labels and explanations
   * @throws RuntimeException from the engine when the law has no value for the month
   */
  ScreeningResult screen(ScreeningInput in, String lang) {
    Period period = Period.month(in.period().getYear(), in.period().getMonthValue());
    Situation situation = Situation.of(legislation, ScreeningSituation.of(in), period);
    Simulation simulation = new Simulation(legislation, situation.population());
    Tracer tracer = new Tracer();
    simulation.listen(tracer);
    Run run = new Run(situation, simulation, tracer, period, lang);
    List<PillarResult> pillars = new ArrayList<>();
    for (Pillar pillar : Pillar.values()) {
      if (pillar == Pillar.SOCIAL_INCENTIVES && !in.meritorious()) {
        continue; // the incentives answer only those with meritorious service
      }
      List<LineResult> lines = new ArrayList<>();
      for (ScreenedLine line : pillar.lines()) {
        lines.add(run.line(line));
      }
      pillars.add(new PillarResult(pillar.key(), lines));
    }
    return new ScreeningResult(in, pillars);
  }

  private final class Run {
    private final Situation situation;
    private final Simulation simulation;
    private final Tracer tracer;
    private final Period period;
    private final String lang;
    private final int person;

    Run(Situation situation, Simulation simulation, Tracer tracer, Period period, String lang) {
      this.situation = situation;
      this.simulation = simulation;
      this.tracer = tracer;
      this.period = period;
      this.lang = lang;
      this.person = situation.personIndex().get(ScreeningSituation.PERSON);
    }

    LineResult line(ScreenedLine line) {
      List<Amount> amounts = new ArrayList<>();
      addAmount(amounts, "receives", line.receives());
      addAmount(amounts, "pays", line.pays());
      addAmount(amounts, "paysYearly", line.paysYearly());
      addAmount(amounts, "employer", line.employer());
      addAmount(amounts, "state", line.state());
      List<Detail> details = new ArrayList<>();
      for (String name : line.details()) {
        Variable<?> v = legislation.variable(name);
        details.add(new Detail(name, v.label(lang), LawValue.of(v, value(name), lang)));
      }
      String status;
      if (line.eligible() != null) {
        status = Boolean.TRUE.equals(value(line.eligible())) ? "eligible" : "notEligible";
      } else if (line.receives() != null) {
        status = (Long) value(line.receives()) > 0 ? "eligible" : "notEligible";
      } else {
        status = "info";
      }
      List<ExplanationStep> explanation = new ArrayList<>();
      Set<String> shown = new HashSet<>(); // a step shown once per line, referred to after
      for (String name : line.variables()) {
        explanation.add(explain(name, shown));
      }
      return new LineResult(line.key(), status, amounts, details, explanation);
    }

    private void addAmount(List<Amount> amounts, String role, String variable) {
      if (variable != null) {
        amounts.add(new Amount(role, variable, (Long) value(variable)));
      }
    }

    /** The person's value of the variable (their household's, for a household variable). */
    @SuppressWarnings("unchecked")
    private <A> Object value(String name) {
      Variable<A> v = (Variable<A>) legislation.variable(name);
      A values = simulation.calculate(v, period);
      int index = v.entity().isGroup() ? situation.population().groupOfPerson()[person] : person;
      return v.type().get(values, index);
    }

    private ExplanationStep explain(String name, Set<String> shown) {
      value(name); // computed already unless a detail: then traced now
      Map<String, Object> tree =
          new Explanation(situation.population(), false, person, lang)
              .json(tracer.node(name, period));
      return step(tree, shown);
    }

    @SuppressWarnings("unchecked")
    private ExplanationStep step(Map<String, Object> node, Set<String> shown) {
      Variable<?> v = legislation.variable((String) node.get("variable"));
      Object raw = node.get("value");
      // A household formula may show all members' values; the screened household has one.
      Object value = raw instanceof Map<?, ?> byMember ? byMember.values().iterator().next() : raw;
      boolean above =
          "above".equals(node.get("see")) || !shown.add(v.name() + "@" + node.get("period"));
      String source = (String) node.getOrDefault("source", "");
      String since = null;
      if (source.startsWith("since ")) {
        since = source.substring("since ".length());
        source = "formula";
      } else if (!source.equals("default")) {
        source = "input";
      }
      List<ParameterUse> parameters = new ArrayList<>();
      for (Object p :
          above ? List.of() : (List<Object>) node.getOrDefault("parameters", List.of())) {
        parameters.add(parameter((Map<String, Object>) p));
      }
      List<ExplanationStep> inputs = new ArrayList<>();
      if (!above) {
        for (Object c : (List<Object>) node.getOrDefault("inputs", List.of())) {
          inputs.add(step((Map<String, Object>) c, shown));
        }
      }
      return new ExplanationStep(
          v.name(),
          v.label(lang),
          LawValue.of(v, value, lang),
          source,
          since,
          (String) node.get("basis"),
          parameters,
          inputs,
          above);
    }

    private ParameterUse parameter(Map<String, Object> read) {
      String path = (String) read.get("parameter");
      LocalDate from = (LocalDate) read.get("in_force_from");
      ParameterValue pv = legislation.parameters().get(path).values().get(from);
      Object uncertain = read.get("uncertain");
      return new ParameterUse(
          path,
          (String) read.get("description"),
          LawValue.of(pv),
          from,
          pv.reference(),
          uncertain == null ? null : uncertain.toString());
    }
  }
}
