package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Hỗ trợ học nghề từ quỹ bảo hiểm thất nghiệp. To 2025: a worker whose contract ended, with at
 * least 9 months of contributions in the 24 months before, and no job (Luật Việc làm 38/2013/QH13,
 * Điều 55), supported for the actual training time up to 6 months (Điều 56 khoản 2) at most 4.5
 * million for a course of up to 3 months, 1.5 million a month for a longer one (Quyết định
 * 17/2021/QĐ-TTg, Điều 3). From 2026: also anyone receiving unemployment benefit (Luật Việc làm
 * 74/2025/QH15, Điều 37 khoản 1). No residence condition. Caps are maxima: the payment is the
 * institution's fee within them.
 */
public final class UiVocationalTrainingSupport {

  private static final String P = "labour_market.vocational_training.unemployment_insurance";

  public static final Variable<boolean[]> UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE =
      Variable.bool("ui_vocational_training_support_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được hỗ trợ học nghề từ quỹ bảo hiểm thất nghiệp",
              "Qualifies for unemployment-insurance-funded training support")
          .reference("Luật Việc làm 38/2013/QH13, Điều 55; Luật Việc làm 74/2025/QH15, Điều 37")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 55",
              UiVocationalTrainingSupport::law2013)
          .formula(
              "2026-01-01",
              "Luật Việc làm 74/2025/QH15, Điều 37",
              UiVocationalTrainingSupport::law2025)
          .build();

  public static final Variable<long[]> UI_VOCATIONAL_TRAINING_SUPPORT_MONTHLY =
      Variable.money("ui_vocational_training_support_monthly")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức hỗ trợ học nghề tối đa mỗi tháng (khóa trên 03 tháng)",
              "Monthly cap of UI training support (course over 3 months)")
          .reference("Quyết định 17/2021/QĐ-TTg, Điều 3 khoản 2")
          .formula(
              "2021-05-15",
              "Quyết định 17/2021/QĐ-TTg, Điều 3 khoản 2",
              (c, out) -> ifEligible(c, out, c.money(P + ".monthly_cap")))
          .build();

  public static final Variable<int[]> UI_VOCATIONAL_TRAINING_SUPPORT_MAX_MONTHS =
      Variable.integer("ui_vocational_training_support_max_months")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thời gian hỗ trợ học nghề tối đa (tháng)", "Maximum months of UI training support")
          .reference("Luật Việc làm 38/2013/QH13, Điều 56 khoản 2")
          .unit("months")
          .formula(
              "2015-01-01",
              "Luật Việc làm 38/2013/QH13, Điều 56 khoản 2",
              UiVocationalTrainingSupport::maxMonths)
          .build();

  public static final Variable<long[]> UI_VOCATIONAL_TRAINING_SUPPORT_CAP =
      Variable.money("ui_vocational_training_support_cap")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức hỗ trợ học nghề tối đa cho khóa học",
              "Maximum UI training support for the course")
          .reference("Quyết định 17/2021/QĐ-TTg, Điều 3; Luật Việc làm 38/2013/QH13, Điều 56")
          .formula(
              "2021-05-15",
              "Quyết định 17/2021/QĐ-TTg, Điều 3; Luật Việc làm 38/2013/QH13, Điều 56 khoản 2",
              UiVocationalTrainingSupport::courseCap)
          .build();

  private UiVocationalTrainingSupport() {}

  private static void law2013(Computation c, boolean[] out) {
    boolean[] qualifies = contributionTest(c);
    System.arraycopy(qualifies, 0, out, 0, out.length);
  }

  private static void law2025(Computation c, boolean[] out) {
    boolean[] qualifies = contributionTest(c);
    boolean[] onBenefit = c.get(PersonInputs.RECEIVING_UI_BENEFIT);
    for (int i = 0; i < out.length; i++) {
      out[i] = qualifies[i] || onBenefit[i];
    }
  }

  /** Out of work with enough UI contributions in the 24 months before the contract ended. */
  private static boolean[] contributionTest(Computation c) {
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    int[] months = c.get(PersonInputs.UI_CONTRIBUTION_MONTHS_LAST_24);
    int minimum = c.integer(P + ".min_contribution_months_last_24");
    boolean[] out = new boolean[employment.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = employment[i] == EmploymentStatus.UNEMPLOYED.ordinal() && months[i] >= minimum;
    }
    return out;
  }

  private static void ifEligible(Computation c, long[] out, long amount) {
    boolean[] eligible = c.get(UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE);
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? amount : 0;
    }
  }

  private static void maxMonths(Computation c, int[] out) {
    boolean[] eligible = c.get(UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE);
    int max = c.integer(P + ".max_months");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? max : 0;
    }
  }

  /**
   * Up to the short-course length, the per-course cap; beyond it, the monthly cap times the course
   * months, counted up to the maximum duration.
   */
  private static void courseCap(Computation c, long[] out) {
    boolean[] eligible = c.get(UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE);
    double[] months = c.get(LabourMarketInputs.TRAINING_COURSE_MONTHS);
    long shortCourseCap = c.money(P + ".short_course_cap");
    double shortCourseMonths = c.number(P + ".short_course_max_months");
    long monthlyCap = c.money(P + ".monthly_cap");
    double maxMonths = c.number(P + ".max_months");
    for (int i = 0; i < out.length; i++) {
      if (!eligible[i] || months[i] <= 0) {
        out[i] = 0;
      } else if (months[i] <= shortCourseMonths) {
        out[i] = shortCourseCap;
      } else {
        out[i] = Math.round(monthlyCap * Math.min(months[i], maxMonths));
      }
    }
  }
}
