package org.ansinh.server.lawbrowser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.variable.DatedFormula;
import org.ansinh.engine.variable.Variable;

/**
 * Finds parameters, variables and reforms by words, with or without Vietnamese diacritics: "luong
 * co so" finds "lương cơ sở", as "base salary" and {@code base_salary} do. The query is looked for
 * as a phrase; only when no entry holds the phrase is every word enough, wherever it stands
 * (Vietnamese words are short syllables, so scattered words match too much to come first). Entries
 * whose name is closest to the query come first ("Mức lương cơ sở" before a long description that
 * mentions it), then those that hold it elsewhere (a cited document, a legal basis).
 */
final class LawSearch {

  /** What a search found, each list best first. */
  record Found(List<Parameter> parameters, List<Variable<?>> variables, List<ReformEntry> reforms) {
    public int size() {
      return parameters.size() + variables.size() + reforms.size();
    }
  }

  /** An entry's names (descriptions, labels, titles) and the rest of its text, folded. */
  private record Text(List<String> names, String all) {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private LawSearch() {}

  static Found find(String query, Legislation legislation, List<ReformEntry> reforms) {
    String phrase = String.join(" ", words(query));
    List<Parameter> parameters = List.copyOf(legislation.parameters().all());
    List<Variable<?>> variables = List.copyOf(legislation.variables());
    Found byPhrase =
        new Found(
            match(parameters, LawSearch::text, phrase, false),
            match(variables, LawSearch::text, phrase, false),
            match(reforms, LawSearch::text, phrase, false));
    if (byPhrase.size() > 0 || phrase.isEmpty()) {
      return byPhrase;
    }
    return new Found(
        match(parameters, LawSearch::text, phrase, true),
        match(variables, LawSearch::text, phrase, true),
        match(reforms, LawSearch::text, phrase, true));
  }

  /** Lower case, without diacritics (đ as d), so that typing without accents finds the law. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('đ', 'd')
        .replace('Đ', 'd')
        .toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> match(
      List<T> entries, Function<T, Text> text, String phrase, boolean anyOrder) {
    List<String> words = List.of(phrase.split(" "));
    List<T> found = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (T e : entries) {
      Text t = text.apply(e);
      boolean hit =
          anyOrder ? words.stream().allMatch(t.all()::contains) : t.all().contains(phrase);
      if (hit) {
        found.add(e);
        ranks.add(rank(t, phrase));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(ranks::get)); // stable: catalogue order within a rank
    return order.stream().map(found::get).toList();
  }

  /** How far the closest name holding the phrase is from being the phrase itself. */
  private static int rank(Text t, String phrase) {
    return t.names().stream()
        .filter(n -> n.contains(phrase))
        .mapToInt(n -> n.length() - phrase.length())
        .min()
        .orElse(Integer.MAX_VALUE);
  }

  private static Text text(Parameter p) {
    StringBuilder all = new StringBuilder(p.path().replace('_', ' '));
    for (ParameterValue v : p.values().values()) {
      all.append(' ').append(v.reference().cite());
    }
    return text(all, p.descriptionVi(), p.descriptionEn());
  }

  private static Text text(Variable<?> v) {
    StringBuilder all = new StringBuilder(v.name().replace('_', ' '));
    all.append(' ').append(v.reference() == null ? "" : v.reference());
    for (DatedFormula<?> f : v.formulas()) {
      all.append(' ').append(f.basis());
    }
    return text(all, v.labelVi(), v.labelEn(), v.name().replace('_', ' '));
  }

  private static Text text(ReformEntry r) {
    StringBuilder all = new StringBuilder(r.name().replace('_', ' '));
    all.append(' ').append(r.definition().source().document());
    return text(all, r.titleVi(), r.titleEn());
  }

  private static Text text(StringBuilder rest, String... names) {
    List<String> folded = new ArrayList<>();
    for (String n : names) {
      folded.add(String.join(" ", words(n)));
      rest.append(' ').append(n);
    }
    return new Text(folded, String.join(" ", words(rest.toString())));
  }

  /** The folded words of a text, split at spaces and punctuation. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : fold(text).split("[^\\p{L}\\p{N}/.-]+")) {
      if (!w.isBlank()) {
        words.add(w);
      }
    }
    return words;
  }
}
