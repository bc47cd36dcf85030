package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Tín dụng chính sách: a person can draw on the Vietnam Bank for Social Policies when their
 * household may borrow under the poor, near-poor or just-out-of-poverty programme (the loan serves
 * the whole household, {@link VbspHouseholdLoan}) or they may borrow in their own name from the
 * National Employment Fund ({@link JobCreationLoan}). Both carry the VBSP residence condition.
 */
public final class PreferentialLoan {

  public static final Variable<boolean[]> PREFERENTIAL_LOAN_ELIGIBLE =
      Variable.bool("preferential_loan_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được vay vốn tín dụng chính sách (hộ nghèo, cận nghèo, mới thoát nghèo hoặc tạo việc làm)",
              "May draw on policy credit (poor, near-poor or just-out-of-poverty household, or job creation)")
          .reference(
              "Nghị định 78/2002/NĐ-CP; Nghị định 61/2015/NĐ-CP (sửa đổi bởi 74/2019/NĐ-CP);"
                  + " Nghị định 338/2025/NĐ-CP")
          .formula(
              "2021-07-01",
              "Nghị định 78/2002/NĐ-CP; Nghị định 61/2015/NĐ-CP sửa đổi bởi Nghị định 74/2019/NĐ-CP",
              PreferentialLoan::compute)
          .build();

  private PreferentialLoan() {}

  private static void compute(Computation c, boolean[] out) {
    boolean[] household = c.ofGroup(VbspHouseholdLoan.VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE);
    boolean[] own = c.get(JobCreationLoan.JOB_CREATION_LOAN_ELIGIBLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = household[i] || own[i];
    }
  }
}
