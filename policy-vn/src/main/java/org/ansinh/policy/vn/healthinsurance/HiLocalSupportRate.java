package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.LocalPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Mức hỗ trợ thêm của ngân sách địa phương: the share of the contribution a city's budget pays on
 * top of national rules, for people in the household scheme or the state-supported group (the
 * resolutions' "not covered by any other HI policy" is read as: national group HOUSEHOLD). A scheme
 * whose parameters are not yet in force does not exist.
 *
 * <p>Ho Chi Minh City: Nghị quyết 56/2025/NQ-HĐND (from 2025-11-14) — people 65 to under 75 with
 * permanent residence 100%, pupils +50%; Nghị quyết 75/2025/NQ-HĐND (from 2026-01-01) — children 6
 * to under 16, members of poor and near-poor households (city standard) and of households out of
 * poverty within 36 months 100%.
 *
 * <p>Hanoi: Nghị quyết 13/2023/NQ-HĐND (2024–2025) — people 70 to under 80 with permanent residence
 * 100%; Nghị quyết 19/2025/NQ-HĐND (from 2026-01-01) — people 70 to under 75, people with a mild
 * disability from 16, ethnic-minority people and members of households out of (near-)poverty 100%,
 * agricultural households of average living standard +30%.
 */
public final class HiLocalSupportRate {

  private static final String HCMC = "health_insurance.local_support.hcmc.";
  private static final String HANOI = "health_insurance.local_support.hanoi.";

  public static final Variable<double[]> HI_LOCAL_SUPPORT_RATE =
      Variable.rate("hi_local_support_rate")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Tỷ lệ ngân sách địa phương hỗ trợ thêm mức đóng BHYT",
              "Provincial-budget share of the HI contribution")
          .reference(
              "TP.HCM: NQ 56/2025/NQ-HĐND, NQ 75/2025/NQ-HĐND; Hà Nội: NQ 13/2023/NQ-HĐND,"
                  + " NQ 19/2025/NQ-HĐND")
          .formula(
              "2024-01-01",
              "Nghị quyết HĐND TP.HCM 56/2025, 75/2025; Nghị quyết HĐND Hà Nội 13/2023, 19/2025",
              HiLocalSupportRate::compute)
          .build();

  /** What the city schemes look at, one slot per person. */
  private record Facts(
      int[] age,
      byte[] residence,
      byte[] disability,
      boolean[] ethnic,
      boolean[] pupil,
      byte[] poverty,
      byte[] localPoverty,
      boolean[] escaped,
      boolean[] agriculture) {

    static Facts read(Computation c) {
      return new Facts(
          c.get(PersonInputs.AGE),
          c.get(PersonInputs.RESIDENCE_STATUS),
          c.get(PersonInputs.DISABILITY_LEVEL),
          c.get(PersonInputs.ETHNIC_MINORITY),
          c.get(HealthInsuranceInputs.IS_SCHOOL_PUPIL),
          c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS),
          c.ofGroup(LocalPovertyStatus.POVERTY_STATUS_LOCAL),
          c.ofGroup(HouseholdInputs.RECENTLY_ESCAPED_POVERTY),
          c.ofGroup(AgricultureAverageLiving.AGRICULTURE_AVERAGE_LIVING));
    }

    /** Poor or near-poor by the city's standard (the national near-poor are within it). */
    boolean poorByCityStandard(int i) {
      return localPoverty[i] != PovertyStatus.NONE.ordinal()
          || poverty[i] == PovertyStatus.NEAR_POOR.ordinal();
    }
  }

  /** An age band with a residence condition; inactive (rate 0) before its first date. */
  private record AgeBand(boolean active, int min, int max, double rate, boolean temporaryOk) {

    static AgeBand read(Computation c, String prefix) {
      if (!c.inForce(prefix + "rate")) {
        return new AgeBand(false, 0, 0, 0, false);
      }
      return new AgeBand(
          true,
          c.integer(prefix + "min_age"),
          c.integer(prefix + "max_age"),
          c.rate(prefix + "rate"),
          c.flag(prefix + "accepts_temporary_residence"));
    }

    double rateFor(Facts f, int i) {
      boolean resident =
          f.residence[i] == ResidenceStatus.PERMANENT.ordinal()
              || (temporaryOk && f.residence[i] == ResidenceStatus.TEMPORARY.ordinal());
      return active && resident && f.age[i] >= min && f.age[i] < max ? rate : 0;
    }
  }

  private record Hcmc(
      AgeBand elderly, AgeBand child, double pupil, double poorNearPoor, double escaped) {

    static Hcmc read(Computation c) {
      return new Hcmc(
          AgeBand.read(c, HCMC + "elderly."),
          AgeBand.read(c, HCMC + "child."),
          optionalRate(c, HCMC + "school_pupil.rate"),
          optionalRate(c, HCMC + "poor_near_poor.rate"),
          optionalRate(c, HCMC + "recently_escaped_poverty.rate"));
    }

    double rate(Facts f, int i, boolean householdGroup) {
      double rate = 0;
      if (householdGroup) {
        rate += elderly.rateFor(f, i) + child.rateFor(f, i);
      }
      rate += f.pupil[i] ? pupil : 0;
      rate += f.poorByCityStandard(i) ? poorNearPoor : 0;
      rate += f.escaped[i] ? escaped : 0;
      return rate;
    }
  }

  private record Hanoi(
      AgeBand elderly,
      double mildDisability,
      int mildDisabilityMinAge,
      double ethnic,
      double agriculture,
      double escaped) {

    static Hanoi read(Computation c) {
      boolean disabilityScheme = c.inForce(HANOI + "mild_disability.rate");
      return new Hanoi(
          AgeBand.read(c, HANOI + "elderly."),
          optionalRate(c, HANOI + "mild_disability.rate"),
          disabilityScheme ? c.integer(HANOI + "mild_disability.min_age") : 0,
          optionalRate(c, HANOI + "ethnic_minority.rate"),
          optionalRate(c, HANOI + "agriculture_average_living.rate"),
          optionalRate(c, HANOI + "recently_escaped_poverty.rate"));
    }

    double rate(Facts f, int i, boolean householdGroup) {
      double rate = 0;
      if (householdGroup) {
        rate += elderly.rateFor(f, i);
        boolean mild = f.disability[i] == DisabilityLevel.MILD.ordinal();
        rate += mild && f.age[i] >= mildDisabilityMinAge ? mildDisability : 0;
        rate += f.ethnic[i] ? ethnic : 0;
      }
      rate += f.agriculture[i] ? agriculture : 0;
      rate += f.escaped[i] ? escaped : 0;
      return rate;
    }
  }

  private static double optionalRate(Computation c, String path) {
    return c.inForce(path) ? c.rate(path) : 0;
  }

  private static void compute(Computation c, double[] out) {
    int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
    byte[] group = c.get(HiNationalContributionGroup.HI_NATIONAL_CONTRIBUTION_GROUP);
    Facts facts = Facts.read(c);
    Hcmc hcmc = Hcmc.read(c);
    Hanoi hanoi = Hanoi.read(c);
    for (int i = 0; i < out.length; i++) {
      boolean household = group[i] == HiGroup.HOUSEHOLD.ordinal();
      if (!household && group[i] != HiGroup.STATE_SUPPORTED.ordinal()) {
        continue;
      }
      if (province[i] == HouseholdInputs.HO_CHI_MINH_CITY) {
        out[i] = hcmc.rate(facts, i, household);
      } else if (province[i] == HouseholdInputs.HANOI) {
        out[i] = hanoi.rate(facts, i, household);
      }
    }
  }

  private HiLocalSupportRate() {}
}
