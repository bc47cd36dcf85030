package org.ansinh.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
