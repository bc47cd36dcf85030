package org.ansinh.simulation.reform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Programme;
import org.ansinh.simulation.access.ProgressListener;

/**
 * A reform against the baseline over the same population, without behavioural response.
 *
 * <ul>
 *   <li>A person is <em>newly reachable</em> in a programme when they were not reached, and the
 *       reform makes them eligible or removes the structural barrier (residence, no written
 *       contract, affordability) that kept them out; or, for a programme the state pays without an
 *       application ({@link Programme#paidWithoutApplication()}: a transfer to those pre-registered
 *       in the social registry), when the reform starts paying them.
 *   <li><em>Beneficiaries</em> before are those reached; after, those reached unless the reform
 *       takes away an eligibility they had, plus every newly reachable person — all of them take it
 *       up, an upper bound. (A person reached without being eligible in the model, e.g. an
 *       enrolment the law's inputs do not explain, stays a beneficiary.)
 *   <li>A person's <em>state payment</em> in a programme is its state-cost variable ({@link
 *       Programme.StateCost}) times its payments a year, for a beneficiary; the annual budget cost
 *       is the weighted change in the sum of state payments. Every output says it is an upper
 *       bound.
 *   <li><em>Winners</em> and <em>losers</em> are the persons whose state payments, summed over the
 *       programmes, rise or fall.
 * </ul>
 */
public final class ReformComparison {

  private final AccessAnalysis.Result base;
  private final AccessAnalysis.Result after;
  // per programme (ordinal) and person, looked up once: the loops below visit every pair
  private final long[][] baseCost;
  private final long[][] afterCost;

  private ReformComparison(AccessAnalysis.Result base, AccessAnalysis.Result after) {
    this.base = base;
    this.after = after;
    Programme[] programmes = Programme.values();
    this.baseCost = new long[programmes.length][];
    this.afterCost = new long[programmes.length][];
    for (Programme p : programmes) {
      baseCost[p.ordinal()] = base.stateCosts(p);
      afterCost[p.ordinal()] = after.stateCosts(p);
    }
  }

  /** Runs the access analysis under the baseline and under the reform. */
  public static ReformComparison run(
      Population population,
      Legislation baseline,
      Reform reform,
      Period period,
      ProgressListener progress) {
    AccessAnalysis.Result[] both =
        AccessAnalysis.runWithReform(population, baseline, reform, period, progress, true);
    return new ReformComparison(both[0], both[1]);
  }

  /** {@link #run} then {@link #rows}. */
  public static List<ProgrammeChange> compare(
      Population population, Legislation baseline, Reform reform, Period period, List<String> by) {
    AccessTable.checkDimensions(by);
    return run(population, baseline, reform, period, ProgressListener.NONE).rows(by);
  }

  /** The three tables a report shows, from one pass over the persons. */
  public record Report(
      List<ProgrammeChange> byGroup,
      List<ProgrammeChange> byWard,
      List<WinnersAndLosers> winnersAndLosers) {}

  // Fixed, not the number of cores: the parts' sums are added in the same order on any machine,
  // so the figures do not depend on where they were computed.
  private static final int PARTS = 16;

  /**
   * Group × programme changes by {@code by} and by ward, and winners and losers by {@code by}: each
   * person's state in each programme is worked out once, on every core.
   */
  public Report report(List<String> by) {
    AccessTable.checkDimensions(by);
    AccessTable.Groups groups = AccessTable.Groups.of(base, by);
    AccessTable.Groups wards = AccessTable.Groups.of(base, List.of("ward"));
    int n = base.population().personCount();
    List<Partial> parts =
        IntStream.range(0, PARTS)
            .parallel()
            .mapToObj(
                k -> {
                  Partial part = new Partial(groups.names().size(), wards.names().size());
                  part.add(
                      this,
                      groups,
                      wards,
                      (int) ((long) n * k / PARTS),
                      (int) ((long) n * (k + 1) / PARTS));
                  return part;
                })
            .toList();
    Partial total = parts.get(0);
    for (int k = 1; k < parts.size(); k++) {
      total.addAll(parts.get(k));
    }
    return new Report(
        total.rows(total.byGroup, groups), total.rows(total.byWard, wards), total.winners(groups));
  }

  /** Group × programme changes, groups in name order. */
  public List<ProgrammeChange> rows(List<String> by) {
    return report(by).byGroup();
  }

  /** Persons whose state payments, summed over the programmes, rise or fall, by group. */
  public List<WinnersAndLosers> winnersAndLosers(List<String> by) {
    return report(by).winnersAndLosers();
  }

  /** The sums over one range of persons. */
  private static final class Partial {
    final ProgrammeChange.Sums[][] byGroup;
    final ProgrammeChange.Sums[][] byWard;
    final double[][] winners;

    Partial(int groups, int wards) {
      byGroup = sums(groups);
      byWard = sums(wards);
      winners = new double[groups][5];
    }

    private static ProgrammeChange.Sums[][] sums(int groups) {
      ProgrammeChange.Sums[][] sums = new ProgrammeChange.Sums[groups][Programme.values().length];
      for (ProgrammeChange.Sums[] g : sums) {
        for (int k = 0; k < g.length; k++) {
          g[k] = new ProgrammeChange.Sums();
        }
      }
      return sums;
    }

    void add(
        ReformComparison c, AccessTable.Groups groups, AccessTable.Groups wards, int from, int to) {
      Programme[] programmes = Programme.values();
      double[] weight = c.base.personWeight();
      for (int i = from; i < to; i++) {
        ProgrammeChange.Sums[] group = byGroup[groups.ofPerson()[i]];
        ProgrammeChange.Sums[] ward = byWard[wards.ofPerson()[i]];
        double w = weight[i];
        double change = 0;
        for (Programme p : programmes) {
          PersonState s = c.state(p, i);
          group[p.ordinal()].add(s, w);
          ward[p.ordinal()].add(s, w);
          change += s.annualPaymentAfter() - s.annualPaymentBefore();
        }
        double[] t = winners[groups.ofPerson()[i]];
        t[0] += w;
        if (change > 0) {
          t[1] += w;
          t[2] += w * change;
        } else if (change < 0) {
          t[3] += w;
          t[4] += w * change;
        }
      }
    }

    void addAll(Partial other) {
      for (int g = 0; g < byGroup.length; g++) {
        for (int k = 0; k < byGroup[g].length; k++) {
          byGroup[g][k].addAll(other.byGroup[g][k]);
        }
        for (int j = 0; j < winners[g].length; j++) {
          winners[g][j] += other.winners[g][j];
        }
      }
      for (int g = 0; g < byWard.length; g++) {
        for (int k = 0; k < byWard[g].length; k++) {
          byWard[g][k].addAll(other.byWard[g][k]);
        }
      }
    }

    List<ProgrammeChange> rows(ProgrammeChange.Sums[][] sums, AccessTable.Groups groups) {
      List<ProgrammeChange> rows = new ArrayList<>();
      for (int g = 0; g < sums.length; g++) {
        for (Programme p : Programme.values()) {
          rows.add(sums[g][p.ordinal()].row(groups.names().get(g), p));
        }
      }
      return rows;
    }

    List<WinnersAndLosers> winners(AccessTable.Groups groups) {
      List<WinnersAndLosers> rows = new ArrayList<>();
      for (int g = 0; g < winners.length; g++) {
        double[] t = winners[g];
        rows.add(
            new WinnersAndLosers(
                groups.names().get(g),
                t[0],
                t[1],
                t[1] == 0 ? 0 : t[2] / t[1],
                t[3],
                t[3] == 0 ? 0 : t[4] / t[3]));
      }
      return rows;
    }
  }

  private static long cost(long[][] costs, int programme, int i) {
    return costs[programme] == null ? 0 : costs[programme][i];
  }

  /** One person in one programme, before and after. */
  PersonState state(Programme p, int i) {
    int k = p.ordinal();
    boolean reached = base.reached()[k][i];
    boolean eligibleBefore = base.eligible()[k][i];
    boolean eligibleAfter = after.eligible()[k][i];
    boolean wasOpen = eligibleBefore && !structural(base.barrier()[k][i]);
    boolean isOpen = eligibleAfter && !structural(after.barrier()[k][i]);
    boolean paidNow =
        p.paidWithoutApplication() && cost(baseCost, k, i) == 0 && cost(afterCost, k, i) > 0;
    boolean newly = !reached && ((isOpen && !wasOpen) || paidNow);
    boolean losesEligibility = eligibleBefore && !eligibleAfter;
    boolean beneficiaryAfter = (reached && !losesEligibility) || newly;
    int payments = p.cost().paymentsPerYear();
    double before = reached ? payments * (double) cost(baseCost, k, i) : 0;
    double afterPayment = beneficiaryAfter ? payments * (double) cost(afterCost, k, i) : 0;
    return new PersonState(
        eligibleBefore,
        eligibleAfter,
        reached,
        beneficiaryAfter,
        newly,
        eligibleBefore && !reached,
        before,
        afterPayment);
  }

  /**
   * A person in a programme: eligible and beneficiary before and after, newly reachable, in the
   * baseline gap (eligible, not reached), and the annual state payment before and after.
   */
  record PersonState(
      boolean eligibleBefore,
      boolean eligibleAfter,
      boolean beneficiaryBefore,
      boolean beneficiaryAfter,
      boolean newlyReachable,
      boolean inBaselineGap,
      double annualPaymentBefore,
      double annualPaymentAfter) {}

  /** Barriers a change of rules can remove: the law's own conditions and the price. */
  private static boolean structural(byte barrier) {
    return barrier == Barrier.RESIDENCE.ordinal()
        || barrier == Barrier.NO_LABOUR_CONTRACT.ordinal()
        || barrier == Barrier.AFFORDABILITY.ordinal();
  }
}
