package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.VbspResidenceCondition;
import org.ansinh.policy.vn.household.CommuneArea;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Cho vay hỗ trợ tạo việc làm, duy trì và mở rộng việc làm từ Quỹ quốc gia về việc làm, to an
 * individual worker: an adult (full civil capacity, Bộ luật Dân sự 91/2015/QH13, Điều 20) residing
 * lawfully where the project is carried out borrows up to the worker cap. Rate: a multiple of the
 * poor-household rate, lower for priority borrowers. To 2025 (Nghị định 61/2015/NĐ-CP as amended by
 * Nghị định 74/2019/NĐ-CP): 120%, and half of that for workers with disabilities and
 * ethnic-minority workers in especially difficult areas. From 2026 (Nghị định 338/2025/NĐ-CP):
 * 127%, and the poor-household rate for people with disabilities, ethnic-minority members of poor
 * households and members of poor households in especially difficult areas (the decree's other
 * priority groups are not modelled).
 */
public final class JobCreationLoan {

  private static final String C = "labour_market.preferential_credit";
  private static final String J = C + ".job_creation";

  public static final Variable<boolean[]> JOB_CREATION_LOAN_ELIGIBLE =
      Variable.bool("job_creation_loan_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được vay vốn hỗ trợ tạo việc làm (người lao động)",
              "May borrow from the National Employment Fund (individual worker)")
          .reference(
              "Nghị định 61/2015/NĐ-CP (sửa đổi bởi 74/2019/NĐ-CP); Nghị định 338/2025/NĐ-CP")
          .formula(
              "2021-07-01",
              "Nghị định 61/2015/NĐ-CP sửa đổi bởi Nghị định 74/2019/NĐ-CP; Bộ luật Dân sự 2015,"
                  + " Điều 20; Luật Cư trú 2020, Điều 11",
              JobCreationLoan::eligible)
          .build();

  public static final Variable<long[]> JOB_CREATION_LOAN_CAP =
      Variable.money("job_creation_loan_cap")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức vay tối đa của người lao động", "Maximum loan to the worker")
          .reference("Nghị định 74/2019/NĐ-CP; Nghị định 338/2025/NĐ-CP")
          .unit("VND")
          .formula(
              "2019-11-07",
              "Nghị định 61/2015/NĐ-CP sửa đổi bởi Nghị định 74/2019/NĐ-CP; Nghị định 338/2025/NĐ-CP",
              JobCreationLoan::cap)
          .build();

  public static final Variable<double[]> JOB_CREATION_LOAN_INTEREST_RATE =
      Variable.rate("job_creation_loan_interest_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Lãi suất vay vốn hỗ trợ tạo việc làm (một năm)", "Job-creation loan rate (per year)")
          .reference("Nghị định 74/2019/NĐ-CP; Nghị định 338/2025/NĐ-CP")
          .formula(
              "2019-11-07",
              "Nghị định 61/2015/NĐ-CP sửa đổi bởi Nghị định 74/2019/NĐ-CP",
              JobCreationLoan::rate2019)
          .formula("2026-01-01", "Nghị định 338/2025/NĐ-CP", JobCreationLoan::rate2025)
          .build();

  private JobCreationLoan() {}

  private static void eligible(Computation c, boolean[] out) {
    int[] age = c.get(PersonInputs.AGE);
    boolean[] resides = c.get(VbspResidenceCondition.VBSP_RESIDENCE_CONDITION_MET);
    int minAge = c.integer(J + ".min_age");
    for (int i = 0; i < out.length; i++) {
      out[i] = age[i] >= minAge && resides[i];
    }
  }

  private static void cap(Computation c, long[] out) {
    boolean[] eligible = c.get(JOB_CREATION_LOAN_ELIGIBLE);
    long cap = c.money(J + ".worker_loan_cap");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? cap : 0;
    }
  }

  /** Workers with disabilities; ethnic-minority workers in especially difficult areas. */
  private static void rate2019(Computation c, double[] out) {
    byte[] disability = c.get(PersonInputs.DISABILITY_LEVEL);
    boolean[] minority = c.get(PersonInputs.ETHNIC_MINORITY);
    byte[] commune = c.ofGroup(HouseholdInputs.COMMUNE_AREA);
    boolean[] priority = new boolean[out.length];
    for (int i = 0; i < out.length; i++) {
      priority[i] =
          disability[i] != DisabilityLevel.NONE.ordinal()
              || (minority[i] && commune[i] == CommuneArea.EXTREMELY_DIFFICULT.ordinal());
    }
    rate(c, out, priority);
  }

  /**
   * People with disabilities; ethnic-minority members of poor households; other members of poor
   * households in especially difficult areas.
   */
  private static void rate2025(Computation c, double[] out) {
    byte[] disability = c.get(PersonInputs.DISABILITY_LEVEL);
    boolean[] minority = c.get(PersonInputs.ETHNIC_MINORITY);
    byte[] commune = c.ofGroup(HouseholdInputs.COMMUNE_AREA);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] priority = new boolean[out.length];
    for (int i = 0; i < out.length; i++) {
      boolean poor = poverty[i] == PovertyStatus.POOR.ordinal();
      boolean difficult = commune[i] == CommuneArea.EXTREMELY_DIFFICULT.ordinal();
      priority[i] =
          disability[i] != DisabilityLevel.NONE.ordinal()
              || (poor && minority[i])
              || (poor && !minority[i] && difficult);
    }
    rate(c, out, priority);
  }

  private static void rate(Computation c, double[] out, boolean[] priority) {
    boolean[] eligible = c.get(JOB_CREATION_LOAN_ELIGIBLE);
    double poorRate = c.rate(C + ".poor_household_interest_rate");
    double standard = poorRate * c.number(J + ".interest_ratio_to_poor_rate");
    double reduced = poorRate * c.number(J + ".priority_interest_ratio_to_poor_rate");
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? (priority[i] ? reduced : standard) : 0;
    }
  }
}
