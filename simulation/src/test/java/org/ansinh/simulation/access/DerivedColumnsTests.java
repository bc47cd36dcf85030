package org.ansinh.simulation.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DerivedColumnsTests {

  private static boolean[] positive(long[] amounts) {
    boolean[] out = new boolean[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      out[i] = amounts[i] > 0;
    }
    return out;
  }

  @Test
  void aColumnDerivedFromTheSameArraysIsTakenNotDerivedAgain() {
    DerivedColumns derived = new DerivedColumns();
    long[] amounts = {0, 5, 0};
    boolean[] first = derived.of("paid", () -> positive(amounts), amounts);
    boolean[] again = derived.of("paid", () -> new boolean[] {true, true, true}, amounts);
    assertThat(again).isSameAs(first).containsExactly(false, true, false);
    assertThat(derived.derivedCount()).isEqualTo(1);
  }

  @Test
  void equalContentInAnotherArrayOrAnotherKindIsDerivedAfresh() {
    DerivedColumns derived = new DerivedColumns();
    long[] amounts = {0, 5, 0};
    long[] copy = amounts.clone();
    boolean[] first = derived.of("paid", () -> positive(amounts), amounts);
    // a reform's array with the same values today may differ in another period: identity decides
    assertThat(derived.of("paid", () -> positive(copy), copy)).isNotSameAs(first);
    assertThat(derived.of("unpaid", () -> new boolean[3], amounts)).isNotSameAs(first);
    assertThat(derived.of("paid", () -> new boolean[3], amounts, copy)).isNotSameAs(first);
    assertThat(derived.derivedCount()).isEqualTo(4);
  }

  @Test
  void aNumberAmongTheSourcesComparesByValue() {
    DerivedColumns derived = new DerivedColumns();
    long[] amounts = {0, 5, 0};
    boolean[] first = derived.of("affordable", () -> positive(amounts), amounts, 0.1);
    assertThat((boolean[]) derived.find("affordable", amounts, Double.valueOf(0.1)))
        .isSameAs(first);
    assertThat((Object) derived.find("affordable", amounts, 0.2)).isNull();
    assertThat((Object) derived.find("affordable", amounts.clone(), 0.1)).isNull();
  }
}
