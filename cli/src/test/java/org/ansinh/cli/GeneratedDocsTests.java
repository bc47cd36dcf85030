package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ansinh.engine.catalogue.Catalogue;
import org.ansinh.policy.vn.VietnamLegislation;
import org.junit.jupiter.api.Test;

/** Generated documents stay in step with the code that generates them. */
class GeneratedDocsTests {

  @Test
  void policiesCatalogueIsUpToDate() throws IOException {
    String expected =
        new Catalogue(VietnamLegislation.get()).variablesMarkdown(VariablesCommand.CATALOGUE_TITLE);
    assertThat(Files.readString(Path.of("../docs/policies.md")))
        .as("docs/policies.md is stale: run ./ansinh variables --markdown > docs/policies.md")
        .isEqualTo(expected);
  }
}
