package org.ansinh.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows no country, no framework, no database, and never reads the clock. */
class ArchitectureTests {

  private static final JavaClasses ENGINE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.ansinh.engine");

  @Test
  void engineKnowsNoCountry() {
    noClasses()
        .that()
        .resideInAPackage("org.ansinh.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ansinh.policy..", "org.ansinh.cli..", "org.ansinh.server..")
        .check(ENGINE);
  }

  @Test
  void engineKnowsNoFrameworkAndNoDatabase() {
    noClasses()
        .that()
        .resideInAPackage("org.ansinh.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
        .check(ENGINE);
  }

  @Test
  void engineNeverReadsTheClock() {
    noClasses()
        .that()
        .resideInAPackage("org.ansinh.engine..")
        .should()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(ENGINE);
  }
}
