package org.ansinh.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every string of the web app exists in Vietnamese and in English: each bundle {@code
 * messages/X_vi.properties} has its {@code X_en.properties} with the same keys, none blank, and
 * every {@code #{key}} a template uses is in the bundles.
 */
class MessageBundlesTests {

  private static final Path MESSAGES = Path.of("src/main/resources/messages");
  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

  @Test
  void everyBundleHasBothLanguagesWithTheSameKeys() throws IOException {
    List<Path> vietnamese = files(MESSAGES, "_vi.properties");
    assertThat(vietnamese).isNotEmpty();
    for (Path vi : vietnamese) {
      Path en = vi.resolveSibling(vi.getFileName().toString().replace("_vi.", "_en."));
      assertThat(en).as("English bundle for " + vi.getFileName()).exists();
      Properties viKeys = load(vi);
      Properties enKeys = load(en);
      assertThat(new TreeSet<>(enKeys.stringPropertyNames()))
          .as(en.getFileName() + " has exactly the keys of " + vi.getFileName())
          .isEqualTo(new TreeSet<>(viKeys.stringPropertyNames()));
      for (Properties p : List.of(viKeys, enKeys)) {
        p.forEach((k, v) -> assertThat(v.toString()).as("message " + k).isNotBlank());
      }
    }
    for (Path en : files(MESSAGES, "_en.properties")) {
      assertThat(en.resolveSibling(en.getFileName().toString().replace("_en.", "_vi.")))
          .as("Vietnamese bundle for " + en.getFileName())
          .exists();
    }
  }

  @Test
  void everyMessageATemplateUsesExists() throws IOException {
    TreeSet<String> known = new TreeSet<>();
    for (Path vi : files(MESSAGES, "_vi.properties")) {
      known.addAll(load(vi).stringPropertyNames());
    }
    for (Path template : files(TEMPLATES, ".html")) {
      Matcher m = KEY.matcher(Files.readString(template));
      while (m.find()) {
        assertThat(known)
            .as("message used in " + TEMPLATES.relativize(template))
            .contains(m.group(1));
      }
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
