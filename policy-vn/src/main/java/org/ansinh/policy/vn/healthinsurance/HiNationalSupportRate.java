package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Mức hỗ trợ của ngân sách trung ương: the share of the 4.5% contribution the central budget pays
 * for the categories it supports — members of near-poor households (at least 70%; 100% in poor
 * districts), pupils and students (30%; 50% from 2025-07-01) and members of agricultural households
 * of average living standard (30%). A person in several categories gets the highest rate (Nghị định
 * 146/2018/NĐ-CP Điều 4, Điều 8 khoản 1–3; Nghị định 188/2025/NĐ-CP from 2025-07-01). The rate of
 * the category; it is paid only to people in the supported group ({@link HiContributionGroup}).
 */
public final class HiNationalSupportRate {

  private static final String P = "health_insurance.state_support.";

  public static final Variable<double[]> HI_NATIONAL_SUPPORT_RATE =
      Variable.rate("hi_national_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ ngân sách trung ương hỗ trợ mức đóng BHYT",
              "Central-budget share of the HI contribution")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 8; Nghị định 188/2025/NĐ-CP")
          .formula(
              "2018-12-01",
              "Nghị định 146/2018/NĐ-CP, Điều 8 khoản 1–3",
              HiNationalSupportRate::compute)
          .formula(
              "2025-07-01",
              "Luật 51/2024/QH15; Nghị định 188/2025/NĐ-CP (hỗ trợ mức đóng)",
              HiNationalSupportRate::compute)
          .build();

  private static void compute(Computation c, double[] out) {
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] poorDistrict = c.ofGroup(HealthInsuranceInputs.POOR_DISTRICT);
    boolean[] agriculture = c.ofGroup(AgricultureAverageLiving.AGRICULTURE_AVERAGE_LIVING);
    boolean[] student = c.get(PersonInputs.IS_STUDENT);
    boolean[] pupil = c.get(HealthInsuranceInputs.IS_SCHOOL_PUPIL);
    double nearPoor = c.rate(P + "near_poor");
    double nearPoorSpecial = c.rate(P + "near_poor_special_area");
    double studentRate = c.rate(P + "student");
    double agricultureRate = c.rate(P + "agriculture_average_living");
    int nearPoorCode = PovertyStatus.NEAR_POOR.ordinal();
    for (int i = 0; i < out.length; i++) {
      double rate = 0;
      if (poverty[i] == nearPoorCode) {
        rate = Math.max(rate, poorDistrict[i] ? nearPoorSpecial : nearPoor);
      }
      if (student[i] || pupil[i]) {
        rate = Math.max(rate, studentRate);
      }
      if (agriculture[i]) {
        rate = Math.max(rate, agricultureRate);
      }
      out[i] = rate;
    }
  }

  private HiNationalSupportRate() {}
}
