package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.HOUSEHOLD;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.VbspResidenceCondition;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo qua Ngân hàng Chính sách xã hội: households on
 * the commune's poor list (Nghị định 78/2002/NĐ-CP), near-poor list (Quyết định 15/2013/QĐ-TTg) or
 * recently out of poverty (Quyết định 28/2015/QĐ-TTg), residing lawfully where they borrow, borrow
 * up to the cap the VBSP Board sets per household, at the poor-household rate (near-poor: 120% of
 * it; just out of poverty: 125%).
 */
public final class VbspHouseholdLoan {

  private static final String C = "labour_market.preferential_credit";

  public static final Variable<byte[]> VBSP_HOUSEHOLD_LOAN_GROUP =
      Variable.enumeration("vbsp_household_loan_group", VbspLoanGroup.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Chương trình cho vay hộ nghèo, cận nghèo, mới thoát nghèo áp dụng",
              "VBSP household-loan programme that applies")
          .reference(
              "Nghị định 78/2002/NĐ-CP; Quyết định 15/2013/QĐ-TTg; Quyết định 28/2015/QĐ-TTg")
          .formula(
              "2015-07-01",
              "Nghị định 78/2002/NĐ-CP; Quyết định 15/2013/QĐ-TTg; Quyết định 28/2015/QĐ-TTg",
              VbspHouseholdLoan::group)
          .build();

  public static final Variable<boolean[]> VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE =
      Variable.bool("vbsp_poor_household_loan_eligible")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label(
              "Được vay vốn hộ nghèo, cận nghèo, mới thoát nghèo tại nơi đang sống",
              "May borrow under the poor, near-poor or just-out-of-poverty programme where it lives")
          .reference("Nghị định 78/2002/NĐ-CP; Luật Cư trú 68/2020/QH14, Điều 11")
          .formula(
              "2021-07-01",
              "Nghị định 78/2002/NĐ-CP; điều kiện cư trú hợp pháp tại địa phương nơi cho vay",
              VbspHouseholdLoan::eligible)
          .build();

  public static final Variable<long[]> VBSP_LOAN_CAP =
      Variable.money("vbsp_loan_cap")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Mức cho vay tối đa đối với hộ", "Maximum loan to the household")
          .reference("Quyết định của HĐQT NHCSXH (từ 01/3/2019)")
          .unit("VND")
          .formula(
              "2019-03-01",
              "Quyết định của HĐQT NHCSXH áp dụng từ 01/3/2019",
              VbspHouseholdLoan::cap)
          .build();

  public static final Variable<double[]> VBSP_LOAN_INTEREST_RATE =
      Variable.rate("vbsp_loan_interest_rate")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Lãi suất cho vay (một năm)", "Loan interest rate (per year)")
          .reference("Quyết định 750/QĐ-TTg; Quyết định 15/2013/QĐ-TTg; Quyết định 28/2015/QĐ-TTg")
          .formula(
              "2015-07-01",
              "Quyết định 750/QĐ-TTg; Quyết định 15/2013/QĐ-TTg; Quyết định 28/2015/QĐ-TTg",
              VbspHouseholdLoan::interestRate)
          .build();

  private VbspHouseholdLoan() {}

  private static void group(Computation c, byte[] out) {
    byte[] poverty = c.get(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] escaped = c.get(HouseholdInputs.RECENTLY_ESCAPED_POVERTY);
    for (int i = 0; i < out.length; i++) {
      VbspLoanGroup g;
      if (poverty[i] == PovertyStatus.POOR.ordinal()) {
        g = VbspLoanGroup.POOR;
      } else if (poverty[i] == PovertyStatus.NEAR_POOR.ordinal()) {
        g = VbspLoanGroup.NEAR_POOR;
      } else if (escaped[i]) {
        g = VbspLoanGroup.JUST_ESCAPED_POVERTY;
      } else {
        g = VbspLoanGroup.NONE;
      }
      out[i] = (byte) g.ordinal();
    }
  }

  /** A programme applies and the head resides lawfully where the household borrows. */
  private static void eligible(Computation c, boolean[] out) {
    byte[] group = c.get(VBSP_HOUSEHOLD_LOAN_GROUP);
    boolean[] resides = c.get(VbspResidenceCondition.VBSP_HOUSEHOLD_RESIDENCE_CONDITION_MET);
    for (int i = 0; i < out.length; i++) {
      out[i] = group[i] != VbspLoanGroup.NONE.ordinal() && resides[i];
    }
  }

  private static void cap(Computation c, long[] out) {
    boolean[] eligible = c.get(VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE);
    byte[] group = c.get(VBSP_HOUSEHOLD_LOAN_GROUP);
    long[] byGroup = new long[VbspLoanGroup.values().length];
    byGroup[VbspLoanGroup.POOR.ordinal()] = c.money(C + ".household_loan_cap.poor");
    byGroup[VbspLoanGroup.NEAR_POOR.ordinal()] = c.money(C + ".household_loan_cap.near_poor");
    byGroup[VbspLoanGroup.JUST_ESCAPED_POVERTY.ordinal()] =
        c.money(C + ".household_loan_cap.just_escaped_poverty");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? byGroup[group[i]] : 0;
    }
  }

  private static void interestRate(Computation c, double[] out) {
    boolean[] eligible = c.get(VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE);
    byte[] group = c.get(VBSP_HOUSEHOLD_LOAN_GROUP);
    double poorRate = c.rate(C + ".poor_household_interest_rate");
    double[] byGroup = new double[VbspLoanGroup.values().length];
    byGroup[VbspLoanGroup.POOR.ordinal()] = poorRate;
    byGroup[VbspLoanGroup.NEAR_POOR.ordinal()] =
        poorRate * c.number(C + ".near_poor_interest_ratio");
    byGroup[VbspLoanGroup.JUST_ESCAPED_POVERTY.ordinal()] =
        poorRate * c.number(C + ".just_escaped_poverty_interest_ratio");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? byGroup[group[i]] : 0;
    }
  }
}
