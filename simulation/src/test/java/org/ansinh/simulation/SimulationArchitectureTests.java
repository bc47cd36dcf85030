package org.ansinh.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Analysis runs anywhere: no framework, no database, no command line. */
class SimulationArchitectureTests {

  @Test
  void simulationKnowsNoFrameworkNoDatabaseAndNoSurface() {
    noClasses()
        .that()
        .resideInAPackage("org.ansinh.simulation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "java.sql..",
            "javax.sql..",
            "org.ansinh.cli..",
            "org.ansinh.server..",
            "picocli..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ansinh.simulation"));
  }
}
