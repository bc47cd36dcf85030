package org.ansinh.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.ToyLaw;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.variable.Variable;
import org.junit.jupiter.api.Test;

class ChunkedRunTests {

  private static final Period JULY = Period.month(2025, 7);

  static Population random(int households, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] sizes = new int[households];
    int persons = 0;
    for (int g = 0; g < households; g++) {
      sizes[g] = 1 + r.nextInt(5);
      persons += sizes[g];
    }
    int[] groupOf = new int[persons];
    byte[] roles = new byte[persons];
    long[] wages = new long[persons];
    int i = 0;
    for (int g = 0; g < households; g++) {
      for (int k = 0; k < sizes[g]; k++, i++) {
        groupOf[i] = g;
        roles[i] = (byte) Math.min(k, 2);
        wages[i] = r.nextInt(0, 12) * 500_000L;
      }
    }
    Population p = new Population(ToyLaw.MODEL, households, groupOf, roles, null, null);
    p.setInput(ToyLaw.WAGE, JULY, wages, null);
    return p;
  }

  @Test
  void chunksInParallelGiveTheSameValuesAsOneSimulation() {
    Population p = random(5_000, 42);
    Simulation whole = new Simulation(ToyLaw.legislation(), p);
    Map<String, Object> chunked =
        new ChunkedRun(ToyLaw.legislation(), 2, 97)
            .compute(p, JULY, List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS, ToyLaw.TAX), null);
    assertThat((long[]) chunked.get("allowance"))
        .containsExactly(whole.calculate(ToyLaw.ALLOWANCE, JULY));
    assertThat((byte[]) chunked.get("status"))
        .containsExactly(whole.calculate(ToyLaw.STATUS, JULY));
    assertThat((long[]) chunked.get("tax")).containsExactly(whole.calculate(ToyLaw.TAX, JULY));
  }

  @Test
  void aReformInTheSamePassGivesWhatItGivesAloneAndSharesWhatItCannotChange() {
    Population p = random(3_000, 11);
    Reform lower =
        Reform.named("lower").set("allowance.line", JULY.start(), 1_400_000, null).build();
    List<Variable<?>> outputs = List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS, ToyLaw.TAX);
    ChunkedRun.BaselineAndReform both =
        new ChunkedRun(ToyLaw.legislation(), 2, 101)
            .computeWithReform(p, JULY, outputs, lower, null);
    Map<String, Object> alone =
        new ChunkedRun(lower.apply(ToyLaw.legislation()), 2, 101).compute(p, JULY, outputs, null);
    Map<String, Object> baseline =
        new ChunkedRun(ToyLaw.legislation(), 2, 101).compute(p, JULY, outputs, null);
    assertThat((long[]) both.reform().get("allowance"))
        .containsExactly((long[]) alone.get("allowance"));
    assertThat(
            java.util.Arrays.equals(
                (long[]) alone.get("allowance"), (long[]) baseline.get("allowance")))
        .as("the reform changes someone's allowance")
        .isFalse();
    assertThat((byte[]) both.reform().get("status")).containsExactly((byte[]) alone.get("status"));
    assertThat((long[]) both.baseline().get("allowance"))
        .containsExactly((long[]) baseline.get("allowance"));
    assertThat(both.affected()).containsExactlyInAnyOrder("allowance", "status");
    assertThat(both.reform().get("tax")).isSameAs(both.baseline().get("tax"));
  }

  @Test
  void variantsDerivedFromEachOtherGiveWhatEachLegislationGivesAlone() {
    Population p = random(3_000, 5);
    Reform lower =
        Reform.named("lower").set("allowance.line", JULY.start(), 1_400_000, null).build();
    Reform higher =
        Reform.named("higher").set("allowance.amount", JULY.start(), 800_000, null).build();
    List<Variable<?>> outputs = List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS, ToyLaw.TAX);
    ChunkedRun.Variants all =
        new ChunkedRun(ToyLaw.legislation(), 2, 89)
            .computeVariants(
                p,
                JULY,
                outputs,
                List.of(
                    new ChunkedRun.Variant(lower, ChunkedRun.BASELINE, outputs),
                    new ChunkedRun.Variant(
                        higher,
                        ChunkedRun.BASELINE,
                        List.of(ToyLaw.ALLOWANCE, ToyLaw.TAX, ToyLaw.INCOME_PER_HEAD)),
                    new ChunkedRun.Variant(higher, 0, List.of(ToyLaw.ALLOWANCE, ToyLaw.STATUS))),
                null);
    Legislation lowerLaw = lower.apply(ToyLaw.legislation());
    Map<String, Object> lowerAlone =
        new ChunkedRun(lowerLaw, 1, 1_000).compute(p, JULY, outputs, null);
    Map<String, Object> higherAlone =
        new ChunkedRun(higher.apply(ToyLaw.legislation()), 1, 1_000)
            .compute(p, JULY, List.of(ToyLaw.ALLOWANCE, ToyLaw.INCOME_PER_HEAD), null);
    Map<String, Object> bothAlone =
        new ChunkedRun(higher.apply(lowerLaw), 1, 1_000)
            .compute(p, JULY, List.of(ToyLaw.ALLOWANCE), null);

    assertThat((long[]) all.variant(0).get("allowance"))
        .containsExactly((long[]) lowerAlone.get("allowance"));
    assertThat((byte[]) all.variant(0).get("status"))
        .containsExactly((byte[]) lowerAlone.get("status"));
    assertThat((long[]) all.variant(1).get("allowance"))
        .containsExactly((long[]) higherAlone.get("allowance"));
    assertThat((long[]) all.variant(2).get("allowance"))
        .containsExactly((long[]) bothAlone.get("allowance"));
    assertThat((long[]) all.variant(2).get("allowance"))
        .as("the higher amount on top of the lower line is neither alone")
        .isNotEqualTo(all.variant(0).get("allowance"))
        .isNotEqualTo(all.variant(1).get("allowance"));
    // an output the baseline did not keep is computed for the variant that asks for it
    assertThat((long[]) all.variant(1).get("income_per_head"))
        .containsExactly((long[]) higherAlone.get("income_per_head"));
    // what a variant cannot change is its parent's very array
    assertThat(all.variant(1).get("tax")).isSameAs(all.baseline().get("tax"));
    assertThat(all.variant(2).get("status")).isSameAs(all.variant(0).get("status"));
    assertThat(all.affected(1)).containsExactly("allowance");
    assertThat(all.affected(2)).containsExactly("allowance");
  }

  @Test
  void aVariantMustDeriveFromTheBaselineOrAnEarlierVariant() {
    Population p = random(10, 3);
    Reform lower =
        Reform.named("lower").set("allowance.line", JULY.start(), 1_400_000, null).build();
    List<Variable<?>> outputs = List.<Variable<?>>of(ToyLaw.ALLOWANCE);
    ChunkedRun run = new ChunkedRun(ToyLaw.legislation(), 1, 50);
    assertThatThrownBy(
            () ->
                run.computeVariants(
                    p, JULY, outputs, List.of(new ChunkedRun.Variant(lower, 0, outputs)), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("variant 0 derives from 0");
  }

  @Test
  void anOutputGivenForEveryoneIsThePopulationsColumnAndOneGivenInPartIsComputed() {
    Population p = random(500, 9);
    int n = p.personCount();
    boolean[] someAges = new boolean[n];
    int[] ages = new int[n];
    for (int i = 0; i < n; i++) {
      someAges[i] = i % 3 == 0;
      ages[i] = 20 + i % 50;
    }
    p.setInput(ToyLaw.AGE, JULY, ages, someAges);
    Map<String, Object> out =
        new ChunkedRun(ToyLaw.legislation(), 2, 61)
            .compute(p, JULY, List.of(ToyLaw.WAGE, ToyLaw.AGE, ToyLaw.TAX), null);
    assertThat(out.get("wage")).isSameAs(p.input("wage", JULY).values());
    // age has no formula: given cells keep their value, the others the default (0)
    assertThat(out.get("age")).isNotSameAs(ages);
    int[] age = (int[]) out.get("age");
    assertThat(age[0]).isEqualTo(ages[0]);
    assertThat(age[1]).isZero();
    assertThat(age[3]).isEqualTo(ages[3]);
  }

  @Test
  void chunksHoldWholeHouseholds() {
    Population p = random(1_000, 7);
    List<int[]> chunks = new ChunkedRun(ToyLaw.legislation(), 1, 50).chunks(p);
    assertThat(chunks.get(0)[0]).isZero();
    assertThat(chunks.get(chunks.size() - 1)[1]).isEqualTo(1_000);
    for (int k = 1; k < chunks.size(); k++) {
      assertThat(chunks.get(k)[0]).isEqualTo(chunks.get(k - 1)[1]);
    }
  }
}
