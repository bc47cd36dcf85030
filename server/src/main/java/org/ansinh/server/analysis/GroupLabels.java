package org.ansinh.server.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.value.Coded;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.simulation.access.Barrier;
import org.ansinh.simulation.access.Programme;

/**
 * The names an analysis gives its groups ({@code FORMAL/TEMPORARY}, {@code HOUSEHOLD_INFORMAL},
 * {@code MIGRANT}, a ward code) in words, Vietnamese or English; programmes and barriers by their
 * own labels.
 */
final class GroupLabels {

  private static final Map<String, String[]> PARTS =
      Map.ofEntries(
          Map.entry("ALL", new String[] {"Tất cả", "Everyone"}),
          Map.entry("FORMAL", new String[] {"Khu vực chính thức", "Formal sector"}),
          Map.entry("INFORMAL", new String[] {"Khu vực phi chính thức", "Informal sector"}),
          Map.entry("NOT_EMPLOYED", new String[] {"Không làm việc", "Not employed"}),
          Map.entry("HOUSEHOLD_FORMAL", new String[] {"Hộ khu vực chính thức", "Formal household"}),
          Map.entry(
              "HOUSEHOLD_INFORMAL",
              new String[] {"Hộ khu vực phi chính thức", "Informal household"}),
          Map.entry(
              "HOUSEHOLD_NOT_EMPLOYED",
              new String[] {"Hộ không ai làm việc", "Household not employed"}),
          Map.entry("MIGRANT", new String[] {"Người di cư", "Migrant"}),
          Map.entry("NON_MIGRANT", new String[] {"Không di cư", "Not a migrant"}));

  private final boolean english;
  private final Map<Integer, String> wardNames;

  GroupLabels(String language, Map<Integer, String> wardNames) {
    this.english = "en".equals(language);
    this.wardNames = wardNames;
  }

  /** "Khu vực phi chính thức · Tạm trú" for {@code INFORMAL/TEMPORARY}. */
  public String group(String name) {
    List<String> words = new ArrayList<>();
    for (String part : name.split("/")) {
      words.add(part(part));
    }
    return String.join(" · ", words);
  }

  private String part(String part) {
    String[] words = PARTS.get(part);
    if (words != null) {
      return english ? words[1] : words[0];
    }
    for (ResidenceStatus r : ResidenceStatus.values()) {
      if (r.name().equals(part)) {
        return label(r);
      }
    }
    return WardRanking.label(part, wardNames);
  }

  public String programme(String name) {
    return label(Programme.valueOf(name));
  }

  public String barrier(String name) {
    return name == null || name.equals(Barrier.NONE.name()) ? "" : label(Barrier.valueOf(name));
  }

  public String label(Coded c) {
    return english ? c.labelEn() : c.labelVi();
  }
}
