package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived run ({@link ChunkedRun#computeVariants}: only what dependency discovery finds
 * reachable from the changed rules is recomputed, the rest is the baseline's) against the slow,
 * obviously correct way: a full second run under the changed legislation. Equal column by column,
 * for every variable of the law with a formula, on households built to touch the residence rules:
 * both cities (Ho Chi Minh City overrides the national rule for public-school admission from
 * 2026-03-01, Hanoi for its vocational-training support), every residence status, school-age
 * children, women (state-budget training), people of 75 and more (social pension, social
 * allowance), poor households (household rules and aggregates), workers with and without a
 * contract, an unemployed person with a contribution record.
 */
class ResidenceBlindRunTests {

  private static final Period SEPTEMBER = Period.month(2026, 9);
  private static final Reference TEST =
      new Reference("test", "a province's own rule changed", null, LocalDate.of(2000, 1, 1), null);

  @TempDir static Path dir;

  private static final Period JANUARY = Period.month(2026, 1);

  private static Legislation legislation;
  private static Path file;

  @BeforeAll
  static void write() throws IOException {
    file = dir.resolve("residence.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,sex,residence_status,employment_status,labour_contract_months,monthly_wage,ui_contribution_months_last_24,si_contribution_months,is_student,province,area_type,household_income_per_capita,ward_code,household_weight
        A,head,34,FEMALE,UNREGISTERED,SELF_EMPLOYED,0,4000000,0,0,0,79,URBAN,1200000,26734,1
        A,child,9,MALE,UNREGISTERED,STUDENT,0,0,0,0,1,79,URBAN,1200000,26734,1
        A,other,80,FEMALE,UNREGISTERED,INACTIVE,0,0,0,0,0,79,URBAN,1200000,26734,1
        B,head,41,MALE,TEMPORARY,EMPLOYEE,12,9000000,20,60,0,79,URBAN,6000000,26734,2
        B,spouse,39,FEMALE,TEMPORARY,UNEMPLOYED,0,0,14,40,0,79,URBAN,6000000,26734,2
        B,child,12,FEMALE,TEMPORARY,STUDENT,0,0,0,0,1,79,RURAL,6000000,26734,2
        C,head,52,MALE,PERMANENT,EMPLOYEE,0,5000000,0,0,0,79,URBAN,3000000,27004,1
        C,child,7,MALE,PERMANENT,STUDENT,0,0,0,0,1,79,URBAN,3000000,27004,1
        D,head,28,FEMALE,TEMPORARY,SELF_EMPLOYED,0,3000000,0,0,0,1,RURAL,900000,4,1
        D,child,6,FEMALE,TEMPORARY,STUDENT,0,0,0,0,1,1,RURAL,900000,4,1
        E,head,77,MALE,UNREGISTERED,INACTIVE,0,0,0,0,0,1,URBAN,1500000,4,3
        E,spouse,30,FEMALE,UNREGISTERED,EMPLOYEE,3,6000000,9,9,0,1,URBAN,1500000,4,3
        F,head,45,FEMALE,PERMANENT,FAMILY_WORKER,0,0,0,0,0,1,RURAL,2000000,8,1
        F,child,14,MALE,PERMANENT,STUDENT,0,0,0,0,1,1,RURAL,2000000,8,1
        """);
    legislation = PopulationFacts.extend(VietnamLegislation.get());
  }

  private static Population population(Period period) {
    return new PopulationCsvReader(legislation, period, 1).read(file, null);
  }

  /** Every variable with a formula, for the month (the law's monthly and eternal ones). */
  private static List<Variable<?>> everyFormula() {
    List<Variable<?>> out = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      if (!v.isInput() && v.period() != PeriodUnit.YEAR) {
        out.add(v);
      }
    }
    return out;
  }

  /** The variables whose derived values differ from a full run's under {@code reform}. */
  private static List<String> derivedAgainstFull(Reform reform, Period period) {
    List<Variable<?>> outputs = everyFormula();
    Population population = population(period);
    ChunkedRun run = ChunkedRun.withDefaults(legislation).withChunkPersons(4);
    Map<String, Object> derived =
        run.computeVariants(
                population,
                period,
                outputs,
                List.of(new ChunkedRun.Variant(reform, ChunkedRun.BASELINE, outputs)),
                null)
            .variant(0);
    Map<String, Object> full =
        ChunkedRun.withDefaults(reform.apply(legislation))
            .compute(population, period, outputs, null);
    List<String> different = new ArrayList<>();
    for (Variable<?> v : outputs) {
      if (!Objects.deepEquals(derived.get(v.name()), full.get(v.name()))) {
        different.add(v.name());
      }
    }
    return different;
  }

  /** Whether the reform changes anything here at all: a comparison of equal runs proves nothing. */
  private static List<String> changedByReform(Reform reform, Period period) {
    List<Variable<?>> outputs = everyFormula();
    Population population = population(period);
    Map<String, Object> law =
        ChunkedRun.withDefaults(legislation).compute(population, period, outputs, null);
    Map<String, Object> reformed =
        ChunkedRun.withDefaults(reform.apply(legislation))
            .compute(population, period, outputs, null);
    List<String> changed = new ArrayList<>();
    for (Variable<?> v : outputs) {
      if (!Objects.deepEquals(law.get(v.name()), reformed.get(v.name()))) {
        changed.add(v.name());
      }
    }
    return changed;
  }

  @Test
  void theResidenceBlindDerivedRunEqualsAFullRunWithTheRulesSwitchedOff() {
    Reform blind = ResidenceBlind.reform(legislation, LocalDate.of(2000, 1, 1));

    assertThat(changedByReform(blind, SEPTEMBER))
        .as("the residence rules matter for these households")
        .contains(
            "household_hi_enrolment_accessible",
            "public_school_priority",
            "vocational_training_support_eligible",
            // a household's, reached only through its members' residence (an aggregate)
            "vbsp_household_residence_condition_met",
            "vbsp_poor_household_loan_eligible");
    assertThat(derivedAgainstFull(blind, SEPTEMBER)).isEmpty();
  }

  /**
   * A city's own rule changed alone (the national one untouched): Ho Chi Minh City's public-school
   * admission and Hanoi's training condition. Only households of that province read the override,
   * so discovery must find it without one.
   */
  @Test
  void aProvincesOwnRuleChangedAloneIsFoundToo() {
    Reform provinces =
        Reform.named("provinces_only")
            .title("Chỉ quy định của tỉnh", "Provinces' own rules only")
            .set(
                "basic_services.residence_access.public_school_priority.province_79.unregistered",
                LocalDate.of(2026, 3, 1),
                1,
                TEST)
            .set(
                "labour_market.vocational_training.state_budget.residence.province_1.temporary",
                LocalDate.of(2024, 1, 1),
                1,
                TEST)
            .build();

    assertThat(changedByReform(provinces, SEPTEMBER))
        .contains("public_school_priority", "vocational_training_support_eligible");
    assertThat(derivedAgainstFull(provinces, SEPTEMBER)).isEmpty();
  }

  /**
   * In January 2026 Ho Chi Minh City's own admission rule is not yet in force (from 2026-03-01), so
   * the rule reads only the national one (an existence check, {@code hasParameter}); a reform that
   * puts the city's rule in force earlier makes the branch that reads it live.
   */
  @Test
  void aProvincesRuleBroughtIntoForceByAReformIsFound() {
    Reform earlier =
        Reform.named("hcmc_rule_earlier")
            .title("Quy định của TP sớm hơn", "The city's rule earlier")
            .set(
                "basic_services.residence_access.public_school_priority.province_79.temporary",
                LocalDate.of(2025, 1, 1),
                0,
                TEST)
            .build();

    assertThat(changedByReform(earlier, JANUARY)).contains("public_school_priority");
    assertThat(derivedAgainstFull(earlier, JANUARY)).isEmpty();
  }
}
