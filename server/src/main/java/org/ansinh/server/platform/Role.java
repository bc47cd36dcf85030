package org.ansinh.server.platform;

/**
 * What a signed-in user is to the social security system; decides what they may see and do (see
 * {@link Actor}). Stored by constant name in {@code account.role}.
 */
public enum Role {
  /** A resident: sees their own household's record and entitlements. */
  CITIZEN("Người dân", "Citizen"),
  /** A ward or commune officer: reads and edits the persons and households of their ward. */
  WARD_OFFICER("Cán bộ phường/xã", "Ward officer"),
  /** A department leader: reads the whole city, runs analyses and reforms. */
  LEADER("Lãnh đạo sở", "Department leader"),
  /** An analyst: reads the whole city with national ID numbers masked, runs analyses. */
  ANALYST("Chuyên viên phân tích", "Analyst"),
  /** An inspector: reads everything, changes nothing, sees the change history. */
  INSPECTOR("Thanh tra", "Inspector"),
  /** An administrator: everything, including accounts. */
  ADMIN("Quản trị viên", "Administrator");

  private final String labelVi;
  private final String labelEn;

  Role(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The label in a language: Vietnamese unless {@code en}. */
  public String label(String language) {
    return "en".equals(language) ? labelEn : labelVi;
  }
}
