package org.ansinh.policy.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.value.Coded;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.DatedFormula;
import org.ansinh.engine.variable.Variable;
import org.junit.jupiter.api.Test;

/** The project's conventions for law as code, kept as tests. */
class PolicyConventionTests {

  private final Legislation legislation = VietnamLegislation.get();

  @Test
  void everyParameterValueCitesADocumentAndAnEffectiveDate() {
    List<String> missing = new ArrayList<>();
    for (Parameter p : legislation.parameters().all()) {
      for (ParameterValue v : p.values().values()) {
        if (v.reference().document().isBlank() || v.reference().effective() == null) {
          missing.add(p.path() + "@" + v.start());
        }
      }
      if (p.descriptionVi().isBlank() || p.descriptionEn().isBlank()) {
        missing.add(p.path() + " (description)");
      }
    }
    assertThat(missing).isEmpty();
    assertThat(legislation.parameters().all()).hasSizeGreaterThan(100);
  }

  @Test
  void everyFormulaNamesItsLegalBasis() {
    List<String> missing = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      for (DatedFormula<?> f : v.formulas()) {
        if (f.basis() == null || f.basis().isBlank()) {
          missing.add(v.name() + " " + f.version());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyEnumerationHasVietnameseAndEnglishLabels() {
    List<String> missing = new ArrayList<>();
    for (Variable<?> v : legislation.variables()) {
      if (v.type() instanceof EnumType<?> e) {
        for (Object constant : e.constants()) {
          if (!(constant instanceof Coded c) || c.labelVi().isBlank() || c.labelEn().isBlank()) {
            missing.add(v.name() + "." + constant);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theRequiredOutputsExist() {
    for (String name : VietnamOutputs.MAIN) {
      assertThat(legislation.hasVariable(name)).as(name).isTrue();
    }
  }

  /**
   * Formulas hold no legal number: a numeric literal other than 0, 1, 2 (and 12 months a year, 100
   * per cent) in formula code must live in a parameter file instead. An administrative code is not
   * law: its line says so with {@code // code, not law}.
   */
  @Test
  void formulasHoldNoLegalNumber() throws IOException {
    Pattern literal = Pattern.compile("(?<![\\w.])(\\d+(?:_\\d+)*(?:\\.\\d+)?)[LlDd]?(?![\\w.])");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String code =
            stripCommentsAndStrings(
                Files.readString(file).replaceAll("(?m)^.*// [^\\n]*not law$", ""));
        Matcher m = literal.matcher(code);
        while (m.find()) {
          String n = m.group(1).replace("_", "");
          if (!List.of("0", "1", "2", "12", "100", "0.0", "1.0", "0.5").contains(n)) {
            found.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** Block comments, then strings (a URL in a string holds "//"), then line comments. */
  private static String stripCommentsAndStrings(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"")
        .replaceAll("//[^\\n]*", " ")
        .replaceAll("'(?:\\\\.|[^'\\\\])'", "' '");
  }
}
