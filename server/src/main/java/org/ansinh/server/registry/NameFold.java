package org.ansinh.server.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names as the registry stores and compares them. A stored name is {@link #clean cleaned} (NFC,
 * single spaces); a name is matched {@link #fold folded}: lower case without the Vietnamese tone
 * and vowel marks, đ/Đ as d. The database's {@code registry_fold} (migration V7) folds the same way
 * and keeps {@code person.name_folded}; a test compares the two on every Vietnamese letter.
 */
public final class NameFold {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NameFold() {}

  /** NFC (a name typed on another keyboard may arrive decomposed), trimmed, single spaces. */
  public static String clean(String name) {
    String nfc =
        Normalizer.isNormalized(name, Normalizer.Form.NFC)
            ? name
            : Normalizer.normalize(name, Normalizer.Form.NFC);
    return SPACES.matcher(nfc.strip()).replaceAll(" ");
  }

  /** Lower case, marks dropped, đ as d: "Nguyễn Văn Đức" → "nguyen van duc". */
  public static String fold(String name) {
    String decomposed = Normalizer.normalize(clean(name), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
