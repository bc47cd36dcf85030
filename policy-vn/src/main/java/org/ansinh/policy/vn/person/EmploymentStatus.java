package org.ansinh.policy.vn.person;

import org.ansinh.engine.value.Coded;

/** Main activity in the month. */
public enum EmploymentStatus implements Coded {
  EMPLOYEE("Người làm công ăn lương", "Employee"),
  SELF_EMPLOYED("Lao động tự làm", "Self-employed"),
  EMPLOYER("Chủ cơ sở sử dụng lao động", "Employer"),
  FAMILY_WORKER("Lao động gia đình không hưởng lương", "Contributing family worker"),
  UNEMPLOYED("Thất nghiệp", "Unemployed"),
  STUDENT("Học sinh, sinh viên", "Student"),
  RETIRED("Đã nghỉ hưu", "Retired"),
  INACTIVE("Không hoạt động kinh tế", "Economically inactive");

  private final String labelVi;
  private final String labelEn;

  EmploymentStatus(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  private static final EmploymentStatus[] ALL = values();

  /**
   * Whether the status is work (the ILO "employed"): wage work, own-account, employer, family work.
   */
  public boolean isEmployed() {
    return this == EMPLOYEE || this == SELF_EMPLOYED || this == EMPLOYER || this == FAMILY_WORKER;
  }

  /** {@link #isEmployed()} of the status with this ordinal, for columns of ordinals. */
  public static boolean isEmployed(byte ordinal) {
    return ALL[ordinal].isEmployed();
  }

  @Override
  public String labelVi() {
    return labelVi;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
