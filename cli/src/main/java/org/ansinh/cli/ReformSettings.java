package org.ansinh.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.io.YamlFiles;

/**
 * Reform settings from a YAML file ({@code reform: {setting: value}}) and from {@code --set
 * reform.setting=value}, the latter winning. Every reform named must be one of {@code --reform};
 * whether a setting exists and is in range is for the reform to say.
 */
final class ReformSettings {

  private ReformSettings() {}

  static Map<String, Map<String, String>> read(
      Path file, Map<String, String> set, List<String> reforms) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (file != null) {
      if (!Files.isReadable(file)) {
        throw new IllegalArgumentException("cannot read settings file " + file);
      }
      Object yaml;
      try (Reader in = Files.newBufferedReader(file)) {
        yaml = YamlFiles.read(in);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "settings file " + file + " is not valid YAML: " + e.getMessage(), e);
      }
      if (!(yaml instanceof Map<?, ?> top)) {
        throw new IllegalArgumentException(
            "settings file "
                + file
                + ": expected reform → setting → value, e.g."
                + " 'voluntary_si_support: {rate: 0.6}'");
      }
      for (var e : top.entrySet()) {
        String reform = String.valueOf(e.getKey());
        if (!(e.getValue() instanceof Map<?, ?> values)) {
          throw new IllegalArgumentException(
              "settings file " + file + ", reform '" + reform + "': expected setting: value pairs");
        }
        for (var v : values.entrySet()) {
          put(
              out,
              reform,
              String.valueOf(v.getKey()),
              String.valueOf(v.getValue()),
              reforms,
              "settings file " + file);
        }
      }
    }
    for (var e : set.entrySet()) {
      int dot = e.getKey().indexOf('.');
      if (dot <= 0) {
        throw new IllegalArgumentException(
            "--set " + e.getKey() + ": settings are REFORM.SETTING=VALUE for a reform in --reform");
      }
      put(
          out,
          e.getKey().substring(0, dot),
          e.getKey().substring(dot + 1),
          e.getValue(),
          reforms,
          "--set");
    }
    return out;
  }

  private static void put(
      Map<String, Map<String, String>> out,
      String reform,
      String key,
      String value,
      List<String> reforms,
      String where) {
    if (!reforms.contains(reform)) {
      throw new IllegalArgumentException(
          where
              + ": setting "
              + reform
              + "."
              + key
              + " is for a reform not in --reform "
              + reforms);
    }
    out.computeIfAbsent(reform, r -> new LinkedHashMap<>()).put(key, value);
  }
}
