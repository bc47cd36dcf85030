package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.ParameterLoader;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.DependencyGraph;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;

/**
 * For every person and programme: eligible by law, reached in fact, and the barrier when the first
 * holds and the second does not ({@link BarrierRule}, tried in order: residence, no written labour
 * contract, affordability, employer compliance, school capacity; otherwise information or
 * procedure).
 *
 * <p><b>Eligible</b> means eligible by the law's substantive conditions. Where the law adds a
 * residence condition, failing it is the residence barrier, not ineligibility: a person is counted
 * eligible when the law, with every residence rule admitting every status ({@link ResidenceBlind}),
 * makes them so. An employee working without a written contract is counted eligible for compulsory
 * SI and UI when the cited analysis parameter {@code labour_relation.unwritten_contract_counts}
 * says the law covers them.
 */
public final class AccessAnalysis {

  static final ParameterTree ANALYSIS =
      ParameterLoader.fromClasspath(AccessAnalysis.class.getClassLoader(), "analysis");

  private static final List<String> COLUMNS =
      List.of(
          "household_weight",
          "employment_status",
          "labour_contract_months",
          "residence_status",
          "is_migrant",
          "registered_in_social_registry",
          "ward_code",
          "monthly_wage",
          "household_income_per_capita",
          "compulsory_si_covered",
          "enrolled_compulsory_si",
          "voluntary_si_monthly_contribution",
          "hi_contribution_group",
          "hi_annual_contribution",
          "household_hi_enrolment_accessible",
          "local_social_assistance_accessible",
          "public_school_priority");

  private AccessAnalysis() {}

  /** Per programme (by ordinal) and person: eligible, reached, barrier (ordinal). */
  public record Result(
      Population population,
      double[] personWeight,
      Map<String, Object> values,
      boolean[][] eligible,
      boolean[][] reached,
      byte[][] barrier) {

    /** The household (cluster) of each person. */
    public int[] household() {
      return population.groupOfPerson();
    }

    /**
     * The sector of each household: formal when a member works in the formal sector, else informal
     * when a member works, else not employed. Children take their parents' sector this way, which
     * is how seed 000 reads schooling ("migrants in the formal sector reach education").
     */
    public byte[] householdSector() {
      byte[] out = new byte[population.groupCount()];
      for (int h = 0; h < out.length; h++) {
        out[h] = householdSector(h);
      }
      return out;
    }

    /** {@link #householdSector()} of household {@code h} alone, from its members. */
    public byte householdSector(int h) {
      int[] first = population.firstPersonOfGroup();
      byte sector = (byte) (AccessTable.SECTORS.size() - 1);
      for (int i = first[h]; i < first[h + 1]; i++) {
        sector = (byte) Math.min(sector, AccessTable.SECTORS.indexOf(sector(this, i)));
      }
      return sector;
    }

    /** The ward (stratum) code of each household. */
    public int[] wardOfHousehold() {
      return (int[]) values.get("ward_code");
    }

    /**
     * The state payment for person {@code i} under programme {@code p} that {@link
     * Programme.StateCost#paymentsPerYear()} multiplies: the period's amount, or the year's sum for
     * a cost summed over the year; 0 when not priced.
     */
    public long stateCost(Programme p, int i) {
      long[] amounts = stateCosts(p);
      return amounts == null ? 0 : amounts[i];
    }

    /** {@link #stateCost} for everyone: one array per programme, null when not priced. */
    public long[] stateCosts(Programme p) {
      if (!p.cost().priced()) {
        return null;
      }
      String key = p.cost().summedOverYear() ? yearKey(p.cost().variable()) : p.cost().variable();
      Object amounts = values.get(key);
      if (amounts == null) {
        throw new IllegalStateException(key + " was not computed: run with costsOverYear");
      }
      return (long[]) amounts;
    }
  }

  public static Result run(Population population, Legislation legislation, Period period) {
    return run(population, legislation, period, ProgressListener.NONE);
  }

  /** The analysis without the costs that need the whole year (what access tables need). */
  public static Result run(
      Population population, Legislation legislation, Period period, ProgressListener progress) {
    return run(population, legislation, period, progress, false);
  }

  /**
   * @param costsOverYear whether to compute the costs summed over the twelve months from the period
   *     ({@link Programme.StateCost#summedOverYear()}), as a reform comparison needs
   */
  public static Result run(
      Population population,
      Legislation legislation,
      Period period,
      ProgressListener progress,
      boolean costsOverYear) {
    Reform blind = ResidenceBlind.reform(legislation, period.start());
    List<ChunkedRun.Variant> variants = new ArrayList<>();
    if (blind != null) {
      variants.add(
          new ChunkedRun.Variant(blind, ChunkedRun.BASELINE, eligibilityOutputs(legislation)));
    }
    ChunkedRun.Variants law = compute(population, legislation, period, variants, progress);
    Map<String, Object> withoutResidence = blind == null ? law.baseline() : law.variant(0);
    return classify(
        population,
        legislation,
        period,
        law.baseline(),
        withoutResidence,
        progress,
        costsOverYear,
        new DerivedColumns());
  }

  /**
   * The analysis under the baseline and under {@code reform} in one pass over the population: each
   * chunk computes the law in force, then the reform, the residence-blind law and the reform made
   * residence-blind, each taking from the run it derives from every variable its change cannot
   * affect (the engine's {@link ChunkedRun#computeVariants}), so a reform that touches a few rules
   * costs a few variables, not a second city.
   *
   * @return the baseline's result, then the reform's
   */
  public static Result[] runWithReform(
      Population population,
      Legislation baseline,
      Reform reform,
      Period period,
      ProgressListener progress,
      boolean costsOverYear) {
    Reform blind = ResidenceBlind.reform(baseline, period.start());
    List<ChunkedRun.Variant> variants = new ArrayList<>();
    variants.add(new ChunkedRun.Variant(reform, ChunkedRun.BASELINE, outputs(baseline)));
    if (blind != null) {
      // the reform made residence-blind is the reform applied to the residence-blind law
      variants.add(
          new ChunkedRun.Variant(blind, ChunkedRun.BASELINE, eligibilityOutputs(baseline)));
      variants.add(new ChunkedRun.Variant(reform, 1, eligibilityOutputs(baseline)));
    }
    ChunkedRun.Variants law = compute(population, baseline, period, variants, progress);
    DerivedColumns derived = new DerivedColumns();
    Result base =
        classify(
            population,
            baseline,
            period,
            law.baseline(),
            blind == null ? law.baseline() : law.variant(1),
            progress,
            costsOverYear,
            derived);
    Map<String, Object> reformed = new LinkedHashMap<>(law.variant(0));
    for (Programme p : Programme.values()) {
      String name = p.cost().priced() ? p.cost().variable() : null;
      if (name != null
          && !law.affected(0).contains(name)
          && base.values().containsKey(yearKey(name))) {
        reformed.put(yearKey(name), base.values().get(yearKey(name)));
      }
    }
    Result after =
        classify(
            population,
            reform.apply(baseline),
            period,
            reformed,
            blind == null ? law.variant(0) : law.variant(2),
            progress,
            costsOverYear,
            derived);
    return new Result[] {base, after};
  }

  /**
   * The variables the analysis may read from a population: those of every output it computes, under
   * the law in force, the residence-blind law and, when given, the reform applied to each, in the
   * period and (for {@code costsOverYear}) the eleven months after it. A population reader may
   * leave every other column unread.
   *
   * @param reform the reform compared ({@link #runWithReform}), or null ({@link #run})
   */
  public static Set<String> inputsRead(
      Legislation baseline, Reform reform, Period period, boolean costsOverYear) {
    List<Legislation> laws = new ArrayList<>(List.of(baseline));
    Reform blind = ResidenceBlind.reform(baseline, period.start());
    if (blind != null) {
      laws.add(blind.apply(baseline));
    }
    if (reform != null) {
      for (Legislation law : List.copyOf(laws)) {
        laws.add(reform.apply(law));
      }
    }
    List<Period> periods = new ArrayList<>(List.of(period));
    for (int k = 1; costsOverYear && k < 12; k++) { // not law: months in a year
      periods.add(period.plusMonths(k));
    }
    Set<String> read = new LinkedHashSet<>();
    for (Legislation law : laws) {
      read.addAll(DependencyGraph.readFor(law, outputNames(), periods));
    }
    return read;
  }

  private static List<Variable<?>> outputs(Legislation legislation) {
    return variables(legislation, outputNames());
  }

  private static List<Variable<?>> eligibilityOutputs(Legislation legislation) {
    return variables(legislation, eligibilityVariables());
  }

  private static List<Variable<?>> variables(Legislation legislation, Set<String> names) {
    List<Variable<?>> out = new ArrayList<>();
    for (String name : names) {
      out.add(legislation.variable(name));
    }
    return out;
  }

  /** The law's outputs, and each variant's, in one pass over the population. */
  private static ChunkedRun.Variants compute(
      Population population,
      Legislation legislation,
      Period period,
      List<ChunkedRun.Variant> variants,
      ProgressListener progress) {
    long total = population.personCount();
    return ChunkedRun.withDefaults(legislation)
        .computeVariants(
            population,
            period,
            outputs(legislation),
            variants,
            done -> progress.progress("law", done, total));
  }

  private static Set<String> outputNames() {
    Set<String> names = new LinkedHashSet<>(COLUMNS);
    for (Programme p : Programme.values()) {
      names.addAll(p.eligibleVariables());
      if (p.reachedVariable() != null) {
        names.add(p.reachedVariable());
      }
      if (p.cost().priced()) {
        names.add(p.cost().variable());
      }
    }
    return names;
  }

  /**
   * @param derived the columns derived so far (the baseline's, for a reform's classification): one
   *     derived from the very same arrays is taken, not made again
   */
  private static Result classify(
      Population population,
      Legislation legislation,
      Period period,
      Map<String, Object> computed,
      Map<String, Object> withoutResidence,
      ProgressListener progress,
      boolean costsOverYear,
      DerivedColumns derived) {
    int n = population.personCount();
    // a copy: the reform's map shares arrays with the baseline's, and the year's sums are added
    Map<String, Object> v = new LinkedHashMap<>(computed);
    if (costsOverYear) {
      sumOverYear(population, legislation, period, v, progress);
    }
    progress.progress("classify", 0, n);
    AccessColumns columns =
        AccessColumns.of(population, v, withoutResidence, period.start(), derived);
    Programme[] programmes = Programme.values();
    boolean[][] reached = new boolean[programmes.length][];
    boolean[][] eligible = new boolean[programmes.length][];
    for (Programme p : programmes) {
      int k = p.ordinal();
      reached[k] =
          p.reachedVariable() == null
              ? derived.of("nobody", () -> new boolean[n])
              : (boolean[]) v.get(p.reachedVariable());
      boolean[] inForce = columns.eligible()[k];
      boolean[] blind = columns.eligibleWithoutResidence()[k];
      eligible[k] =
          derived.of(
              "eligible",
              () -> {
                boolean[] out = new boolean[n];
                PersonRanges.forEach(
                    n,
                    (from, to) -> {
                      for (int i = from; i < to; i++) {
                        out[i] = inForce[i] | blind[i];
                      }
                    });
                return out;
              },
              inForce,
              blind);
    }
    byte[][] barrier = BarrierColumns.of(programmes, columns, eligible, reached, derived);
    double[] householdWeight = (double[]) v.get("household_weight");
    double[] weight =
        derived.of(
            "person_weight", () -> personWeight(population, householdWeight), householdWeight);
    return new Result(population, weight, v, eligible, reached, barrier);
  }

  private static String yearKey(String variable) {
    return variable + "@12_months";
  }

  /**
   * For costs summed over the year: the variable in each of the twelve months from the period, the
   * population's inputs held at their values of the period (the population gains them for those
   * months, as shared arrays, no copy), summed.
   */
  private static void sumOverYear(
      Population population,
      Legislation legislation,
      Period period,
      Map<String, Object> v,
      ProgressListener progress) {
    List<Programme> summed =
        Arrays.stream(Programme.values()).filter(p -> p.cost().summedOverYear()).toList();
    if (summed.isEmpty()) {
      return;
    }
    for (String name : population.inputCounts().keySet()) {
      Population.InputColumn column = population.input(name, period);
      if (column == null) {
        column = population.input(name, period.yearOf());
      }
      if (column == null || column.variable().period() == PeriodUnit.ETERNITY) {
        continue; // constant facts hold for every period already
      }
      for (int k = 1; k < 12; k++) { // not law: months in a year
        Period month = period.plusMonths(k);
        Period key = column.variable().period() == PeriodUnit.YEAR ? month.yearOf() : month;
        if (population.input(name, key) == null) {
          hold(population, column, month);
        }
      }
    }
    List<Period> months = new ArrayList<>();
    for (int k = 0; k < 12; k++) { // not law: months in a year
      months.add(period.plusMonths(k));
    }
    long total = population.personCount();
    for (Programme p : summed) {
      String name = p.cost().variable();
      if (v.containsKey(yearKey(name))) {
        continue; // taken from the baseline: the reform cannot change it
      }
      @SuppressWarnings("unchecked")
      Variable<long[]> variable = (Variable<long[]>) legislation.variable(name);
      v.put(
          yearKey(name),
          ChunkedRun.withDefaults(legislation)
              .sumOverPeriods(
                  population, months, variable, done -> progress.progress("year", done, total)));
    }
  }

  /** The column's values given again for another month (the same array). */
  @SuppressWarnings("unchecked")
  private static <A> void hold(Population population, Population.InputColumn column, Period month) {
    population.setInput(
        (Variable<A>) column.variable(), month, (A) column.values(), column.given());
  }

  private static Set<String> eligibilityVariables() {
    Set<String> names = new LinkedHashSet<>();
    for (Programme p : Programme.values()) {
      names.addAll(p.eligibleVariables());
    }
    names.add("compulsory_si_covered");
    return names;
  }

  private static double[] personWeight(Population population, double[] householdWeight) {
    int[] groupOf = population.groupOfPerson();
    double[] weight = new double[population.personCount()];
    PersonRanges.forEach(
        weight.length,
        (from, to) -> {
          for (int i = from; i < to; i++) {
            weight[i] = householdWeight[groupOf[i]];
          }
        });
    return weight;
  }

  /**
   * Formal, informal or not employed — by the law: employed and covered by compulsory SI, or not.
   */
  static String sector(Result r, int i) {
    byte status = ((byte[]) r.values().get("employment_status"))[i];
    boolean employed = EmploymentStatus.isEmployed(status);
    if (!employed) {
      return "NOT_EMPLOYED";
    }
    return ((boolean[]) r.values().get("compulsory_si_covered"))[i] ? "FORMAL" : "INFORMAL";
  }
}
