package org.ansinh.simulation.reform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.io.PopulationCsvReader;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.VietnamReforms;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.access.ProgressListener;
import org.ansinh.simulation.population.PopulationFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hand-made households in Ho Chi Minh City, February 2026:
 *
 * <ul>
 *   <li>B (weight 2): unregistered migrant, self-employed, no HI card: kept out of household HI by
 *       the residence rule.
 *   <li>D (weight 4): permanent resident, self-employed, in voluntary SI at the floor (1,500,000).
 *       State support 20% (Decree 159/2025, "others") of 22% × 1,500,000 = 66,000 a month; at 50%
 *       (seed 004) 165,000: 99,000 more a month, × 12 × 4 = 4,752,000 VND a year.
 * </ul>
 *
 * Under delinking, B's residence barriers fall: household HI (Nghị định 146/2018 Điều 5) and VBSP
 * credit (lawful residence where one borrows), so B (2) is newly reachable in both.
 */
class ReformComparisonTests {

  private static final Period FEBRUARY = Period.month(2026, 2);

  @TempDir Path dir;

  private ReformComparison comparison(String reform) throws IOException {
    return comparison(VietnamReforms.byName(reform));
  }

  private ReformComparison comparison(Reform reform) throws IOException {
    Path file = dir.resolve("two.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,residence_status,employment_status,monthly_wage,voluntary_si_declared_income,enrolled_voluntary_si,has_hi_card,registered_in_social_registry,province,area_type,household_income_per_capita,household_weight
        B,head,30,UNREGISTERED,SELF_EMPLOYED,5000000,0,0,0,1,79,URBAN,5000000,2
        D,head,45,PERMANENT,SELF_EMPLOYED,6000000,1500000,1,1,0,79,URBAN,6000000,4
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    // read as the command line reads it: only the columns the comparison may need
    Population population =
        new PopulationCsvReader(legislation, FEBRUARY, 1)
            .readingOnly(ReformComparison.inputsRead(legislation, reform, FEBRUARY))
            .read(file, null);
    return ReformComparison.run(population, legislation, reform, FEBRUARY, ProgressListener.NONE);
  }

  @Test
  void aColumnNoProgrammeNeedsIsLeftUnreadAndANeededOneIsRead() throws IOException {
    Path file = dir.resolve("orphan.csv");
    Files.writeString(
        file,
        """
        household_id,role,age,is_orphan,monthly_wage,household_weight
        B,head,30,1,5000000,2
        """);
    Legislation legislation = PopulationFacts.extend(VietnamLegislation.get());
    Population population = readingFor(file, legislation, "voluntary_si_support");
    // the law in force looks at no orphanhood; wages and weights the analysis reads
    assertThat(population.unread()).containsExactly("is_orphan");
    assertThat(population.input("monthly_wage", FEBRUARY)).isNotNull();
    // HCMC's support groups include orphans: the same file read for that reform keeps the column
    Population forGroups = readingFor(file, legislation, "hcmc_support_groups");
    assertThat(forGroups.unread()).isEmpty();
    assertThat((boolean[]) forGroups.input("is_orphan", FEBRUARY).values()).containsExactly(true);
  }

  private static Population readingFor(Path file, Legislation legislation, String reform) {
    return new PopulationCsvReader(legislation, FEBRUARY, 1)
        .readingOnly(
            ReformComparison.inputsRead(legislation, VietnamReforms.byName(reform), FEBRUARY))
        .read(file, null);
  }

  private Map<Programme, ProgrammeChange> compare(String reform) throws IOException {
    return compare(VietnamReforms.byName(reform));
  }

  private Map<Programme, ProgrammeChange> compare(Reform reform) throws IOException {
    return comparison(reform).rows(List.of()).stream()
        .collect(Collectors.toMap(ProgrammeChange::programme, r -> r));
  }

  private List<WinnersAndLosers> winners(String reform) throws IOException {
    return comparison(reform).winnersAndLosers(List.of());
  }

  @Test
  void theReportWithoutWardsHasTheSameTablesAndNoWardRows() throws IOException {
    ReformComparison c = comparison("delink_residence");
    ReformComparison.Report full = c.report(List.of("residence"), true);
    ReformComparison.Report lean = c.report(List.of("residence"), false);
    assertThat(lean.byWard()).isEmpty();
    assertThat(full.byWard()).hasSize(Programme.values().length); // both households in one ward
    assertThat(lean.byGroup()).isEqualTo(full.byGroup());
    assertThat(lean.winnersAndLosers()).isEqualTo(full.winnersAndLosers());
  }

  @Test
  void delinkingOpensHouseholdHealthInsuranceToTheUnregisteredMigrant() throws IOException {
    ProgrammeChange hi = compare("delink_residence").get(Programme.HEALTH_INSURANCE);
    assertThat(hi.newlyReachable()).isEqualTo(2.0);
    assertThat(hi.annualCost()).isZero(); // household-scheme buyers pay their own card
    assertThat(hi.beneficiariesBaseline()).isEqualTo(4.0); // D
    assertThat(hi.beneficiariesReform()).isEqualTo(6.0); // D and B, if B takes it up
    assertThat(hi.gapBaseline()).isEqualTo(2.0); // B
    assertThat(hi.gapClosedShare()).isEqualTo(1.0); // 2 of 2
    assertThat(hi.costPerNewlyReachable()).isZero(); // 0 VND / 2 persons
  }

  @Test
  void delinkingOpensPolicyCreditToo() throws IOException {
    ProgrammeChange loan = compare("delink_residence").get(Programme.PREFERENTIAL_LOAN);
    assertThat(loan.eligibleBaseline()).isEqualTo(6.0); // B (but for residence) and D, both 18+
    assertThat(loan.newlyReachable()).isEqualTo(2.0); // B
  }

  /** Delinking changes no amount the state pays: no winners, no losers. */
  @Test
  void delinkingMovesNoMoney() throws IOException {
    assertThat(winners("delink_residence"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.winners()).isZero();
              assertThat(w.losers()).isZero();
              assertThat(w.persons()).isEqualTo(6.0);
            });
  }

  /**
   * D gains (165,000 − 66,000) × 12 = 1,188,000 a year; the baseline budget for D's support is 4 ×
   * 12 × 66,000 = 3,168,000.
   */
  @Test
  void fiftyPercentSupportMakesDAWinner() throws IOException {
    assertThat(winners("voluntary_si_support"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.winners()).isEqualTo(4.0);
              assertThat(w.meanGain()).isCloseTo(1_188_000, within(0.5));
              assertThat(w.losers()).isZero();
            });
    ProgrammeChange vsi = compare("voluntary_si_support").get(Programme.VOLUNTARY_SI);
    assertThat(vsi.annualCostBaseline()).isCloseTo(3_168_000, within(0.5));
    assertThat(vsi.annualCostReform()).isCloseTo(3_168_000 + 4_752_000, within(0.5));
  }

  @Test
  void fiftyPercentSupportCostsWhatTheArithmeticSays() throws IOException {
    ProgrammeChange vsi = compare("voluntary_si_support").get(Programme.VOLUNTARY_SI);
    assertThat(vsi.annualCostContinuing()).isCloseTo(4_752_000, within(0.5));
    assertThat(vsi.newlyReachable()).isZero(); // B's barrier was information, not affordability
  }

  /**
   * 1,000,000 a month for 3 months from 2026-02-01 to informal workers pre-registered in the
   * registry: B (self-employed, registered, weight 2) is paid in February, March and April —
   * 3,000,000 in the twelve months from February, × 2 = 6,000,000; B was eligible (an own-account
   * worker, Resolution 68 precedent) and not reached, and the registry payment reaches him. D is
   * not registered: nothing.
   */
  @Test
  void anEmergencyTransferIsCostedOverItsMonthsAndReachesTheRegistered() throws IOException {
    ProgrammeChange emergency =
        compare(
                VietnamReforms.byName(
                    "emergency_cash_transfer",
                    Map.of("amount", "1000000", "months", "3", "from", "2026-02-01")))
            .get(Programme.EMERGENCY_ASSISTANCE);
    assertThat(emergency.eligibleBaseline()).isEqualTo(6.0); // B and D, both own-account workers
    assertThat(emergency.newlyReachable()).isEqualTo(2.0);
    assertThat(emergency.annualCost()).isCloseTo(6_000_000, within(0.5));
    assertThat(emergency.costPerNewlyReachable()).isCloseTo(3_000_000, within(0.5));
  }

  /**
   * A cut of the "others" voluntary SI support from 20% to 10%: D's support falls from 66,000 to
   * 10% × 22% × 1,500,000 = 33,000 a month, 396,000 a year; D (4) is a loser, B has nothing to
   * lose.
   */
  @Test
  void aCutMakesLosers() throws IOException {
    Reform cut =
        Reform.named("cut")
            .set(
                "social_insurance.voluntary.state_support.other",
                LocalDate.of(2026, 1, 1),
                0.1,
                new Reference("test", "a cut", null, LocalDate.of(2026, 1, 1), null))
            .build();
    assertThat(comparison(cut).winnersAndLosers(List.of()))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.losers()).isEqualTo(4.0);
              assertThat(w.meanLoss()).isCloseTo(-396_000, within(0.5));
              assertThat(w.winners()).isZero();
            });
    assertThat(compare(cut).get(Programme.VOLUNTARY_SI).annualCost())
        .isCloseTo(-4 * 396_000, within(0.5));
  }
}
