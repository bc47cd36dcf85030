package org.ansinh.policy.vn.basicservices;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Formula;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.ResidenceStatus;

/**
 * Which residence statuses at the current place a service admits: the residence condition shared by
 * every service that is delivered "tại nơi cư trú". The place of residence is the permanent or the
 * temporary one (Luật Cư trú 68/2020/QH14, Điều 11 khoản 1); each service states its rule as one
 * boolean parameter per status under a base path, with an optional province override:
 *
 * <pre>
 *   base.permanent | base.temporary | base.unregistered                  national rule
 *   base.province_&lt;GSO code&gt;.permanent | .temporary | .unregistered   the province's own rule
 * </pre>
 *
 * A province's value applies where it is in force on the period's first day; otherwise the national
 * value does. For person formulas only (the province is read from the person's household).
 */
public final class ResidenceRule {

  private static final ResidenceStatus[] STATUSES = ResidenceStatus.values();
  private static final String PROVINCE = ".province_";

  private ResidenceRule() {}

  /** A formula that is only the residence rule under {@code base}. */
  public static Formula<boolean[]> formula(String base) {
    return (c, out) -> {
      boolean[] admitted = admits(c, base);
      System.arraycopy(admitted, 0, out, 0, out.length);
    };
  }

  /** For each person, whether the rule under {@code base} admits their residence status. */
  public static boolean[] admits(Computation c, String base) {
    byte[] status = c.get(PersonInputs.RESIDENCE_STATUS);
    int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
    boolean[] national = rule(c, base, null);
    // Every province's own rule is read, whether or not anyone here lives in that province: a
    // formula reads all it may need before its loops, or dependency discovery (a one-person probe)
    // would not see that a reform of the province's rule changes this variable
    Map<Integer, boolean[]> byProvince = new HashMap<>();
    String prefix = base + PROVINCE;
    for (String path : c.parameterPathsUnder(base)) {
      if (path.startsWith(prefix) && path.indexOf('.', prefix.length()) > 0) {
        int code =
            Integer.parseInt(path.substring(prefix.length(), path.indexOf('.', prefix.length())));
        byProvince.computeIfAbsent(code, p -> rule(c, prefix + p, national));
      }
    }
    boolean[] out = new boolean[status.length];
    int ruleProvince = 0;
    boolean[] rule = national;
    for (int i = 0; i < out.length; i++) {
      if (province[i] != ruleProvince) {
        ruleProvince = province[i];
        rule = byProvince.getOrDefault(ruleProvince, national);
      }
      out[i] = rule[status[i]];
    }
    return out;
  }

  /**
   * The rule under {@code path} by status ordinal; a status with no value in force there takes the
   * {@code fallback}'s (null for the national rule, which must have every status).
   */
  private static boolean[] rule(Computation c, String path, boolean[] fallback) {
    boolean[] out = new boolean[STATUSES.length];
    for (ResidenceStatus s : STATUSES) {
      String leaf = path + "." + s.name().toLowerCase(Locale.ROOT);
      out[s.ordinal()] =
          fallback == null || c.hasParameter(leaf) ? c.flag(leaf) : fallback[s.ordinal()];
    }
    return out;
  }
}
