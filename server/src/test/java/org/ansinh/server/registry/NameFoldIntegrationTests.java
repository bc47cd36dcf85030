package org.ansinh.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.ansinh.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database's registry_fold and the application's NameFold agree on every Vietnamese letter. */
@ServerIntegrationTest
class NameFoldIntegrationTests {

  /** Vietnamese's letters with marks, lower and upper case (Unicode, precomposed). */
  static final String LETTERS =
      "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵdđ";

  @Autowired JdbcClient jdbc;

  @Test
  void theDatabaseFoldsAsTheApplicationDoes() {
    String all = LETTERS + LETTERS.toUpperCase(java.util.Locale.ROOT);
    String sql = jdbc.sql("select registry_fold(?)").param(all).query(String.class).single();
    assertThat(sql).isEqualTo(NameFold.fold(all));
    assertThat(sql).matches("[a-z]+");
  }

  /** A writer that does not fold (the demo's COPY, a hand-written insert) still gets it folded. */
  @Test
  void theDatabaseFoldsForWritersThatDoNot() {
    int ward = RegistryFixture.twoWards(jdbc).get(0);
    String code = RegistryFixture.householdCode();
    long h =
        jdbc.sql("insert into household (code, ward_code) values (?, ?) returning id")
            .params(code, ward)
            .query(Long.class)
            .single();
    long p =
        jdbc.sql(
                "insert into person (household_id, role, full_name) values (?, 'head', 'Đinh Bộ"
                    + " Lĩnh') returning id")
            .param(h)
            .query(Long.class)
            .single();
    assertThat(folded(p)).isEqualTo("dinh bo linh");

    jdbc.sql("update person set full_name = 'Lê Đại Hành' where id = ?").param(p).update();
    assertThat(folded(p)).isEqualTo("le dai hanh");

    RegistryFixture.removeTestHouseholds(jdbc);
  }

  private String folded(long person) {
    return jdbc.sql("select name_folded from person where id = ?")
        .param(person)
        .query(String.class)
        .single();
  }

  @Test
  void aDecomposedNameIsStoredComposedAndFoldsTheSame() {
    String decomposed =
        java.text.Normalizer.normalize("Nguyễn  Văn Đức ", java.text.Normalizer.Form.NFD);
    assertThat(NameFold.clean(decomposed)).isEqualTo("Nguyễn Văn Đức");
    assertThat(NameFold.fold(decomposed)).isEqualTo("nguyen van duc");
  }
}
