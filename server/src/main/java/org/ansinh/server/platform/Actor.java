package org.ansinh.server.platform;

import java.util.Objects;

/**
 * Who is acting, and so what they may read and change. Every module asks the actor rather than the
 * role: the rules of scope live here, once. A ward officer's scope is their ward; a citizen's their
 * household; leaders, analysts, inspectors and administrators see the whole city.
 *
 * @param username the account's name, written as {@code changed_by} in the change history
 * @param wardCode the ward a {@link Role#WARD_OFFICER} serves; null for other roles
 * @param householdId the household a {@link Role#CITIZEN} belongs to; null for other roles
 */
public record Actor(String username, Role role, Integer wardCode, Long householdId) {

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    if ((role == Role.WARD_OFFICER) != (wardCode != null)) {
      throw new IllegalArgumentException("a ward officer, and only a ward officer, has a ward");
    }
    if ((role == Role.CITIZEN) != (householdId != null)) {
      throw new IllegalArgumentException("a citizen, and only a citizen, has a household");
    }
  }

  /** The registry's own processes (demo load, migrations): city-wide, recorded under this name. */
  public static Actor system(String name) {
    return new Actor(name, Role.ADMIN, null, null);
  }

  /** Reads every ward: leaders, analysts, inspectors, administrators. */
  public boolean citywide() {
    return role == Role.LEADER
        || role == Role.ANALYST
        || role == Role.INSPECTOR
        || role == Role.ADMIN;
  }

  /** May read the record of a person or household in this ward and household. */
  public boolean mayRead(int ward, long household) {
    return switch (role) {
      case CITIZEN -> householdId == household;
      case WARD_OFFICER -> wardCode == ward;
      default -> true;
    };
  }

  /** May create or change records in this ward. */
  public boolean mayEdit(int ward) {
    return role == Role.ADMIN || (role == Role.WARD_OFFICER && wardCode == ward);
  }

  /** Sees national ID numbers in full (analysts see them masked). */
  public boolean seesNationalIds() {
    return role != Role.ANALYST;
  }

  /** May run access analyses and reform simulations over the registry. */
  public boolean mayAnalyse() {
    return role == Role.LEADER || role == Role.ANALYST || role == Role.ADMIN;
  }

  /**
   * May read the results of any analysis job, whoever started it: leaders (they decide on them),
   * inspectors (audit) and administrators. Others read the jobs they started.
   */
  public boolean readsEveryAnalysis() {
    return role == Role.LEADER || role == Role.INSPECTOR || role == Role.ADMIN;
  }

  /** May cancel any analysis job, not only the ones they started: administrators. */
  public boolean cancelsEveryAnalysis() {
    return role == Role.ADMIN;
  }

  /** May read the change history of any record. */
  public boolean mayAudit() {
    return role == Role.INSPECTOR || role == Role.ADMIN;
  }

  /** A national ID number as this actor may see it: in full, or all but the last three masked. */
  public String showNationalId(String nationalId) {
    if (nationalId == null || seesNationalIds()) {
      return nationalId;
    }
    int keep = Math.min(3, nationalId.length());
    return "*".repeat(nationalId.length() - keep)
        + nationalId.substring(nationalId.length() - keep);
  }
}
