package org.ansinh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from a file and from --set: --set wins, the file's other settings stay. */
class ReformSettingsTests {

  @TempDir Path dir;

  @Test
  void setWinsOverTheFile() throws Exception {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "voluntary_si_support:\n  rate: 0.7\n  from: 2026-07-01\n");
    Map<String, Map<String, String>> s =
        ReformSettings.read(
            file, Map.of("voluntary_si_support.rate", "0.6"), List.of("voluntary_si_support"));
    assertThat(s.get("voluntary_si_support"))
        .containsEntry("rate", "0.6")
        .containsEntry("from", "2026-07-01");
  }

  @Test
  void aFileThatIsNotAMapOfReformsIsRefused() throws Exception {
    Path file = dir.resolve("list.yaml");
    Files.writeString(file, "- rate\n");
    assertThatThrownBy(() -> ReformSettings.read(file, Map.of(), List.of("x")))
        .hasMessageContaining("expected reform → setting → value");
  }

  @Test
  void aSetWithoutAReformIsRefused() {
    assertThatThrownBy(() -> ReformSettings.read(null, Map.of("rate", "1"), List.of("x")))
        .hasMessageContaining("--set rate: settings are REFORM.SETTING=VALUE");
  }
}
