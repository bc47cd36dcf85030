package org.ansinh.simulation.population;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.io.YamlFiles;

/**
 * The initial shapes a city's generator draws from ({@code shapes/<city>.yaml}): modelling
 * assumptions, each commented with what it rests on, later corrected by raking the weights to
 * published targets. A missing or malformed key fails naming the file and the key.
 */
public final class Shapes {

  private final String file;
  private final Map<?, ?> values;

  private Shapes(String file, Map<?, ?> values) {
    this.file = file;
    this.values = values;
  }

  public static Shapes of(City city) {
    String file = "shapes/" + city.key() + ".yaml";
    try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("no shapes file " + file);
      }
      if (!(YamlFiles.read(in) instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException(file + ": expected a map");
      }
      return new Shapes(file, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public double number(String key) {
    return number(values.get(key), key);
  }

  /** A number under a sub-key: {@code employee_share.migrant}. */
  public double number(String key, String sub) {
    if (!(values.get(key) instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(file + ": " + key + " must be a map");
    }
    // Asked per person by the drawing loops: the key's full name is spelt out only for an error.
    Object v = m.get(sub);
    return v instanceof Number n && n.doubleValue() >= 0
        ? n.doubleValue()
        : number(v, key + "." + sub);
  }

  /** A model coefficient under a sub-key, of either sign (a logit's intercept or slope). */
  public double coefficient(String key, String sub) {
    if (!(values.get(key) instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException(file + ": " + key + " must be a map");
    }
    if (m.get(sub) instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        file + ": " + key + "." + sub + " must be a number, got '" + m.get(sub) + "'");
  }

  /** A distribution: a list of non-negative numbers, normalised to sum to 1. */
  public double[] distribution(String key) {
    if (!(values.get(key) instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + key + " must be a list of numbers");
    }
    double[] p = new double[list.size()];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = number(list.get(i), key + "[" + i + "]");
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /**
   * Integer-keyed weights ({@code home_province_of_migrants: {82: 0.12, …}}): the keys in file
   * order and the weights normalised to sum to 1.
   */
  public Weights weights(String key) {
    if (!(values.get(key) instanceof Map<?, ?> m) || m.isEmpty()) {
      throw new IllegalArgumentException(file + ": " + key + " must be a map of code: weight");
    }
    int[] codes = new int[m.size()];
    double[] p = new double[m.size()];
    double sum = 0;
    int k = 0;
    for (var e : m.entrySet()) {
      if (!(e.getKey() instanceof Integer code)) {
        throw new IllegalArgumentException(
            file + ": " + key + " keys must be integer codes, got '" + e.getKey() + "'");
      }
      codes[k] = code;
      p[k] = number(e.getValue(), key + "." + code);
      sum += p[k++];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return new Weights(codes, p);
  }

  /** Codes and their probabilities, in file order. */
  public record Weights(int[] codes, double[] probabilities) {}

  private double number(Object v, String key) {
    if (v instanceof Number n && n.doubleValue() >= 0) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        file + ": " + key + " must be a non-negative number, got '" + v + "'");
  }
}
