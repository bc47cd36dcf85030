package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.VbspResidenceCondition;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Tín dụng đối với học sinh, sinh viên (Quyết định 157/2007/QĐ-TTg, sửa đổi bởi Quyết định
 * 05/2022/QĐ-TTg): a student of a poor, near-poor or average-living-standard household, which
 * resides lawfully where it borrows (through its head; the student may study elsewhere), may borrow
 * up to the monthly cap per month of study. Orphans (who borrow where they study), households in
 * sudden hardship and the STEM loans of Quyết định 29/2025/QĐ-TTg are not modelled; the minimum age
 * (the working-age floor) is a modelling guard for "studying at a vocational or higher-education
 * institution".
 */
public final class StudentLoan {

  private static final String S = "labour_market.preferential_credit.student";

  public static final Variable<boolean[]> STUDENT_LOAN_ELIGIBLE =
      Variable.bool("student_loan_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được vay vốn học sinh, sinh viên (qua hộ gia đình)",
              "Student may borrow under Decision 157/2007 (through the household)")
          .reference("Quyết định 157/2007/QĐ-TTg, Điều 2 (sửa đổi bởi Quyết định 05/2022/QĐ-TTg)")
          .formula(
              "2021-07-01",
              "Quyết định 157/2007/QĐ-TTg, Điều 2; Luật Cư trú 2020, Điều 11",
              StudentLoan::eligible)
          .build();

  public static final Variable<long[]> STUDENT_LOAN_MONTHLY_CAP =
      Variable.money("student_loan_monthly_cap")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức cho vay tối đa mỗi tháng", "Maximum loan per month of study")
          .reference("Quyết định 157/2007/QĐ-TTg, Điều 5 khoản 1 (sửa đổi bởi 05/2022/QĐ-TTg)")
          .formula(
              "2022-05-19",
              "Quyết định 05/2022/QĐ-TTg sửa đổi khoản 1 Điều 5 Quyết định 157/2007/QĐ-TTg",
              StudentLoan::monthlyCap)
          .build();

  private StudentLoan() {}

  private static void eligible(Computation c, boolean[] out) {
    boolean[] student = c.get(PersonInputs.IS_STUDENT);
    int[] age = c.get(PersonInputs.AGE);
    boolean[] resides = c.ofGroup(VbspResidenceCondition.VBSP_HOUSEHOLD_RESIDENCE_CONDITION_MET);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] average = c.ofGroup(HouseholdInputs.AVERAGE_LIVING_STANDARD_HOUSEHOLD);
    int minAge = c.integer(S + ".min_age");
    for (int i = 0; i < out.length; i++) {
      boolean household =
          poverty[i] == PovertyStatus.POOR.ordinal()
              || poverty[i] == PovertyStatus.NEAR_POOR.ordinal()
              || average[i];
      out[i] = student[i] && age[i] >= minAge && household && resides[i];
    }
  }

  private static void monthlyCap(Computation c, long[] out) {
    boolean[] eligible = c.get(STUDENT_LOAN_ELIGIBLE);
    long cap = c.money(S + ".monthly_cap");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? cap : 0;
    }
  }
}
