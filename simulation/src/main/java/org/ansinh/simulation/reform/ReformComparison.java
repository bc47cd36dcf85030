package org.ansinh.simulation.reform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Population;
import org.ansinh.simulation.access.AccessAnalysis;
import org.ansinh.simulation.access.AccessTable;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.PersonRanges;
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

  /** The variables {@link #run} may read from a population: its reader may leave the rest. */
  public static Set<String> inputsRead(Legislation baseline, Reform reform, Period period) {
    return AccessAnalysis.inputsRead(baseline, reform, period, true);
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

  private static final AccessTable.Groups NO_WARDS = new AccessTable.Groups(List.of(), null);

  /**
   * Group × programme changes by {@code by} and by ward, and winners and losers by {@code by}: each
   * person's state in each programme is worked out once, on every core.
   */
  public Report report(List<String> by) {
    return report(by, true);
  }

  /**
   * {@link #report(List)}, the table by ward only when {@code byWard} (else it is empty): over a
   * city, the ward sums are a third of the work, wasted when nobody reads them.
   */
  public Report report(List<String> by, boolean byWard) {
    AccessTable.checkDimensions(by);
    AccessTable.Groups groups = AccessTable.Groups.of(base, by);
    AccessTable.Groups wards = byWard ? AccessTable.Groups.of(base, List.of("ward")) : NO_WARDS;
    int n = base.population().personCount();
    List<Partial> parts =
        IntStream.range(0, PersonRanges.PARTS)
            .parallel()
            .mapToObj(
                k -> {
                  Partial part = new Partial(groups.names().size(), wards.names().size());
                  part.add(
                      this, groups, wards, PersonRanges.start(n, k), PersonRanges.start(n, k + 1));
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

  /**
   * The sums over one range of persons: for each group (or ward) and programme, the ten running
   * sums of {@link ProgrammeChange.Sums}, held in one flat array so that the loop over persons, one
   * programme at a time, allocates nothing and reads each column in order.
   */
  private static final class Partial {
    private static final int P = Programme.values().length;
    private static final int S = ProgrammeChange.Sums.SIZE;
    // persons per block: a block's weights and groups (12 bytes a person) fit in L2 cache
    private static final int BLOCK = 4096;

    final double[] byGroup;
    final double[] byWard;
    final double[][] winners;

    Partial(int groups, int wards) {
      byGroup = new double[groups * P * S];
      byWard = new double[wards * P * S];
      winners = new double[groups][5];
    }

    /**
     * Adds persons {@code from} to {@code to}: each person's state in each programme (as the class
     * comment defines it) summed in the order of persons for each group and programme, and each
     * person's change of state payments summed in the order of programmes, so the figures do not
     * depend on the order of the loops.
     */
    void add(
        ReformComparison c, AccessTable.Groups groups, AccessTable.Groups wards, int from, int to) {
      double[] weight = c.base.personWeight();
      int[] groupOf = groups.ofPerson();
      int[] wardOf = wards.ofPerson();
      double[] change = new double[to - from];
      Programme[] programmes = Programme.values();
      boolean[] same = new boolean[P];
      for (Programme p : programmes) {
        int k = p.ordinal();
        byte[] barrierBefore = c.base.barrier()[k];
        byte[] barrierAfter = c.after.barrier()[k];
        same[k] =
            c.base.eligible()[k] == c.after.eligible()[k]
                && c.baseCost[k] == c.afterCost[k]
                && (barrierBefore == barrierAfter
                    || Arrays.equals(barrierBefore, from, to, barrierAfter, from, to));
      }
      // Block by block, every programme: a block's weights and groups stay in the processor's
      // cache while each programme reads them (rather than 11 passes over the whole range). Each
      // sum still receives its additions in the order of persons.
      for (int start = from; start < to; start += BLOCK) {
        int end = Math.min(to, start + BLOCK);
        for (Programme p : programmes) {
          int k = p.ordinal();
          if (same[k]) {
            unchanged(
                groupOf,
                byGroup,
                wardOf,
                byWard,
                weight,
                k,
                c.base.reached()[k],
                c.base.eligible()[k],
                c.baseCost[k],
                p.cost().paymentsPerYear(),
                start,
                end);
          } else {
            changed(c, p, groupOf, wardOf, weight, change, from, start, end);
          }
        }
      }
      for (int k = 0; k < P; k++) {
        if (same[k]) {
          copyBeforeToAfter(byGroup, k);
          copyBeforeToAfter(byWard, k);
        }
      }
      for (int i = from; i < to; i++) {
        double w = weight[i];
        double[] t = winners[groupOf[i]];
        t[0] += w;
        if (change[i - from] > 0) {
          t[1] += w;
          t[2] += w * change[i - from];
        } else if (change[i - from] < 0) {
          t[3] += w;
          t[4] += w * change[i - from];
        }
      }
    }

    /**
     * Persons {@code start} to {@code end} in programme {@code p}, which the reform changes; {@code
     * change} holds the persons' changes of payment from person {@code from} on.
     */
    private void changed(
        ReformComparison c,
        Programme p,
        int[] groupOf,
        int[] wardOf,
        double[] weight,
        double[] change,
        int from,
        int start,
        int end) {
      int k = p.ordinal();
      boolean[] reached = c.base.reached()[k];
      boolean[] eligibleBefore = c.base.eligible()[k];
      boolean[] eligibleAfter = c.after.eligible()[k];
      byte[] barrierBefore = c.base.barrier()[k];
      byte[] barrierAfter = c.after.barrier()[k];
      long[] costBefore = c.baseCost[k];
      long[] costAfter = c.afterCost[k];
      boolean paidWithoutApplication = p.paidWithoutApplication();
      int payments = p.cost().paymentsPerYear();
      for (int i = start; i < end; i++) {
        boolean wasReached = reached[i];
        boolean before = eligibleBefore[i];
        boolean after = eligibleAfter[i];
        boolean wasOpen = before && !structural(barrierBefore[i]);
        boolean isOpen = after && !structural(barrierAfter[i]);
        long paidBefore = costBefore == null ? 0 : costBefore[i];
        long paidAfter = costAfter == null ? 0 : costAfter[i];
        boolean paidNow = paidWithoutApplication && paidBefore == 0 && paidAfter > 0;
        boolean newly = !wasReached && ((isOpen && !wasOpen) || paidNow);
        if (!before && !after && !wasReached && !newly) {
          continue; // adds zeros only (see unchanged)
        }
        boolean beneficiaryAfter = (wasReached && !(before && !after)) || newly;
        double paymentBefore = wasReached ? payments * (double) paidBefore : 0;
        double paymentAfter = beneficiaryAfter ? payments * (double) paidAfter : 0;
        boolean inGap = before && !wasReached;
        double w = weight[i];
        int g = (groupOf[i] * P + k) * S;
        ProgrammeChange.Sums.add(
            byGroup,
            g,
            before,
            after,
            wasReached,
            beneficiaryAfter,
            newly,
            inGap,
            paymentBefore,
            paymentAfter,
            w);
        change[i - from] += paymentAfter - paymentBefore;
        if (wardOf != null) {
          int d = (wardOf[i] * P + k) * S;
          ProgrammeChange.Sums.add(
              byWard,
              d,
              before,
              after,
              wasReached,
              beneficiaryAfter,
              newly,
              inGap,
              paymentBefore,
              paymentAfter,
              w);
        }
      }
    }

    /**
     * A programme the reform leaves as it is for these persons (the same eligibility and costs, the
     * same barriers): every after-figure receives the same additions as its before-figure, and the
     * newly reachable, the changes of payment and the persons' changes receive zeros. Summing the
     * before-figures once and copying them ({@link #copyBeforeToAfter}, once all blocks are added)
     * gives the very same doubles at a third of the work.
     */
    private static void unchanged(
        int[] groupOf,
        double[] byGroup,
        int[] wardOf,
        double[] byWard,
        double[] weight,
        int k,
        boolean[] reached,
        boolean[] eligible,
        long[] cost,
        int payments,
        int from,
        int to) {
      for (int i = from; i < to; i++) {
        boolean wasReached = reached[i];
        if (!wasReached && !eligible[i]) {
          // Every addition would be of zero: a sum that starts at +0.0 and adds +0.0 is the very
          // same double, so skipping them changes no figure (most persons, for most programmes).
          continue;
        }
        boolean inGap = eligible[i] && !wasReached;
        double payment = wasReached && cost != null ? payments * (double) cost[i] : 0;
        double w = weight[i];
        int g = (groupOf[i] * P + k) * S;
        byGroup[g] += eligible[i] ? w : 0;
        byGroup[g + 2] += wasReached ? w : 0;
        byGroup[g + 5] += inGap ? w : 0;
        byGroup[g + 7] += w * payment;
        if (wardOf != null) {
          int d = (wardOf[i] * P + k) * S;
          byWard[d] += eligible[i] ? w : 0;
          byWard[d + 2] += wasReached ? w : 0;
          byWard[d + 5] += inGap ? w : 0;
          byWard[d + 7] += w * payment;
        }
      }
    }

    private static void copyBeforeToAfter(double[] sums, int k) {
      for (int o = k * S; o < sums.length; o += P * S) {
        sums[o + 1] = sums[o];
        sums[o + 3] = sums[o + 2];
      }
    }

    void addAll(Partial other) {
      for (int j = 0; j < byGroup.length; j++) {
        byGroup[j] += other.byGroup[j];
      }
      for (int g = 0; g < winners.length; g++) {
        for (int j = 0; j < winners[g].length; j++) {
          winners[g][j] += other.winners[g][j];
        }
      }
      for (int j = 0; j < byWard.length; j++) {
        byWard[j] += other.byWard[j];
      }
    }

    List<ProgrammeChange> rows(double[] sums, AccessTable.Groups groups) {
      List<ProgrammeChange> rows = new ArrayList<>();
      for (int g = 0; g < groups.names().size(); g++) {
        for (Programme p : Programme.values()) {
          rows.add(
              ProgrammeChange.Sums.row(sums, (g * P + p.ordinal()) * S, groups.names().get(g), p));
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

  /** Barriers a change of rules can remove: the law's own conditions and the price. */
  private static boolean structural(byte barrier) {
    return barrier == Barrier.RESIDENCE.ordinal()
        || barrier == Barrier.NO_LABOUR_CONTRACT.ordinal()
        || barrier == Barrier.AFFORDABILITY.ordinal();
  }
}
