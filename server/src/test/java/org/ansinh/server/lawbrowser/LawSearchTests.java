package org.ansinh.server.lawbrowser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.policy.vn.VietnamLegislation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Searching the law with or without diacritics, over Vietnam's legislation. */
class LawSearchTests {

  private final Legislation law = VietnamLegislation.get();

  @ParameterizedTest
  @CsvSource({
    "Lương cơ sở, luong co so",
    "ĐỒNG, dong",
    "Bảo hiểm y tế, bao hiem y te",
    "Người đang hưởng, nguoi dang huong"
  })
  void foldsToLowerCaseWithoutDiacritics(String text, String folded) {
    assertThat(LawSearch.fold(text)).isEqualTo(folded);
  }

  @Test
  void theParameterNamedByThePhraseComesFirst() {
    LawSearch.Found found = LawSearch.find("luong co so", law, List.of());

    assertThat(found.parameters().get(0).path()).isEqualTo("wages.base_salary");
    assertThat(found.variables()).extracting(v -> v.name()).contains("base_salary");
  }

  @Test
  void aCitedDocumentFindsTheParametersItSets() {
    LawSearch.Found found = LawSearch.find("73/2024", law, List.of());

    assertThat(found.parameters()).extracting(p -> p.path()).contains("wages.base_salary");
  }

  @Test
  void wordsApartAreEnoughOnlyWhenNoEntryHoldsThePhrase() {
    // No entry holds "salary 38/2019" as written; the base salary's text holds both words.
    LawSearch.Found found = LawSearch.find("salary 38/2019", law, List.of());

    assertThat(found.parameters()).extracting(p -> p.path()).contains("wages.base_salary");
  }

  @Test
  void nothingMatchesNonsense() {
    assertThat(LawSearch.find("xyzzy quux", law, List.of()).size()).isZero();
  }
}
