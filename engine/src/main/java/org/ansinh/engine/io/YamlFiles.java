package org.ansinh.engine.io;

import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML as plain maps, lists, strings and numbers.
 *
 * <p>Dates stay strings: YAML 1.1 would turn {@code 2025-07-01} into a time-zoned timestamp, and
 * legal dates are calendar dates, which the engine parses itself.
 */
public final class YamlFiles {

  private YamlFiles() {}

  public static Object read(InputStream in) {
    return newYaml().load(in);
  }

  public static Object read(Reader in) {
    return newYaml().load(in);
  }

  public static Object read(String text) {
    return newYaml().load(text);
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options), new Representer(dumper), dumper, options, new DatesAsText());
  }

  /** The standard resolver without the timestamp rule. */
  private static final class DatesAsText extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
