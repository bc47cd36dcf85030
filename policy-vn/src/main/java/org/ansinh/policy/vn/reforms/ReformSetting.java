package org.ansinh.policy.vn.reforms;

/**
 * A number an analyst may change when running a reform, with its allowed range and what its default
 * rests on (the seed, a legal precedent, or the analyst's own choice — never presented as law).
 *
 * @param defaultValue null when the default is not one number (then {@code defaultVi/En} say what
 *     it is, e.g. "the social assistance standard level where the person lives")
 * @param whole whether the value must be a whole number (months, say)
 */
public record ReformSetting(
    String key,
    String labelVi,
    String labelEn,
    Double defaultValue,
    String defaultVi,
    String defaultEn,
    double min,
    double max,
    boolean whole,
    String restsOn) {

  /** "0–1", "0.7–1", "1–12". */
  public String range() {
    return number(min) + "–" + number(max);
  }

  /** The default as shown to a user, in {@code lang} (vi or en). */
  public String defaultText(String lang) {
    if (defaultValue != null) {
      return number(defaultValue);
    }
    return lang.equals("vi") ? defaultVi : defaultEn;
  }

  static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
