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

  @Test
  void aDecomposedNameIsStoredComposedAndFoldsTheSame() {
    String decomposed =
        java.text.Normalizer.normalize("Nguyễn  Văn Đức ", java.text.Normalizer.Form.NFD);
    assertThat(NameFold.clean(decomposed)).isEqualTo("Nguyễn Văn Đức");
    assertThat(NameFold.fold(decomposed)).isEqualTo("nguyen van duc");
  }
}
