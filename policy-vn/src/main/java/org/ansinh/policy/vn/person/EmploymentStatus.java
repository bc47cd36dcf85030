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

  @Override
  public String labelVi() {
    return labelVi;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
