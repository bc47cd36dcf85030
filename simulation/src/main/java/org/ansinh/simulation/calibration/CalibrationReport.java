package org.ansinh.simulation.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.ChunkedRun;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialassistance.MonthlySocialAllowance;
import org.ansinh.policy.vn.socialassistance.SocialPensionEligibility;
import org.ansinh.simulation.population.PopulationFacts;

/**
 * Every calibration target against the weighted value a population file reaches. Derived figures
 * (age, poverty, eligibility) are computed by the law's own formulas, so the report also checks the
 * population against the rules it will be analysed with.
 */
public final class CalibrationReport {

  /** One indicator: the target (null when none is published) and the value reached. */
  public record Row(String key, String label, Target target, double reached) {
    /** (reached − target) / target, or NaN without a target. */
    public double relativeError() {
      return target == null || target.value() == 0
          ? Double.NaN
          : (reached - target.value()) / target.value();
    }
  }

  private static final int PERMANENT =
      org.ansinh.policy.vn.person.ResidenceStatus.PERMANENT.ordinal();

  private CalibrationReport() {}

  public static List<Row> of(
      Population population, Legislation legislation, Period period, CalibrationTargets targets) {
    List<Variable<?>> needed =
        List.of(
            PopulationFacts.HOUSEHOLD_WEIGHT,
            HouseholdInputs.HOUSEHOLD_INCOME_PER_CAPITA,
            PersonInputs.AGE,
            PersonInputs.RESIDENCE_STATUS,
            PersonInputs.EMPLOYMENT_STATUS,
            PopulationFacts.ENROLLED_COMPULSORY_SI,
            PopulationFacts.ENROLLED_VOLUNTARY_SI,
            PopulationFacts.ENROLLED_UI,
            PopulationFacts.UI_BENEFIT_DECISION_IN_YEAR,
            PersonInputs.RECEIVING_UI_BENEFIT,
            PopulationFacts.HAS_HI_CARD,
            HouseholdPovertyStatus.POVERTY_STATUS,
            PersonInputs.HAS_PENSION,
            MonthlySocialAllowance.MONTHLY_SOCIAL_ALLOWANCE,
            SocialPensionEligibility.SOCIAL_PENSION_ELIGIBLE);
    Map<String, Object> v =
        ChunkedRun.withDefaults(legislation).compute(population, period, needed, null);
    Weighted w = new Weighted(population, (double[]) v.get("household_weight"));
    int[] age = (int[]) v.get("age");
    byte[] residence = (byte[]) v.get("residence_status");
    byte[] employment = (byte[]) v.get("employment_status");
    boolean[] enrolled = (boolean[]) v.get("enrolled_compulsory_si");
    byte[] poverty = (byte[]) v.get("poverty_status");
    int[] groupOf = population.groupOfPerson();
    double persons = w.persons(i -> 1);
    double employed = w.persons(i -> employed(employment[i]) ? 1 : 0);
    List<Row> rows = new ArrayList<>();
    add(rows, targets, CityCalibration.POPULATION, "Population", persons);
    add(
        rows,
        targets,
        "households_2025_merged_derived|households_total",
        "Households",
        w.households(g -> 1));
    add(
        rows,
        targets,
        "avg_household_size",
        "Persons per household",
        persons / w.households(g -> 1));
    add(
        rows,
        targets,
        CityCalibration.ONE_PERSON,
        "One-person households (share)",
        w.households(g -> w.size(g) == 1 ? 1 : 0) / w.households(g -> 1));
    add(
        rows,
        targets,
        CityCalibration.UNDER_15,
        "Aged under 15 (share)",
        w.persons(i -> age[i] < 15 ? 1 : 0) / persons);
    add(
        rows,
        targets,
        CityCalibration.OVER_60,
        "Aged 60 and over (share)",
        w.persons(i -> age[i] >= 60 ? 1 : 0) / persons);
    add(
        rows,
        targets,
        CityCalibration.NOT_PERMANENT,
        "Without permanent registration (share)",
        w.persons(i -> residence[i] != PERMANENT ? 1 : 0) / persons);
    long[] income = (long[]) v.get("household_income_per_capita");
    add(
        rows,
        targets,
        "income_per_capita",
        "Income per person (VND/month, household mean)",
        w.persons(i -> income[groupOf[i]]) / persons);
    add(rows, targets, "employed_persons", "Employed persons", employed);
    double over15 = w.persons(i -> age[i] >= 15 ? 1 : 0);
    add(
        rows,
        targets,
        "labour_force_participation_rate",
        "Labour force participation (share of persons 15+)",
        w.persons(
                i ->
                    age[i] >= 15
                            && (employed(employment[i])
                                || employment[i] == EmploymentStatus.UNEMPLOYED.ordinal())
                        ? 1
                        : 0)
            / over15);
    add(
        rows,
        targets,
        "informal_employment_rate",
        "Informal employment (share of employed, not in compulsory SI)",
        // GSO's (ILO's) definition: a job is informal when no social insurance is paid for it, so
        // an employee whose employer does not declare them works informally, contract or not
        w.persons(i -> employed(employment[i]) && !enrolled[i] ? 1 : 0) / employed);
    add(
        rows,
        targets,
        "compulsory_si_participants",
        "Compulsory SI participants",
        w.persons(i -> ((boolean[]) v.get("enrolled_compulsory_si"))[i] ? 1 : 0));
    add(
        rows,
        targets,
        "voluntary_si_participants",
        "Voluntary SI participants",
        w.persons(i -> ((boolean[]) v.get("enrolled_voluntary_si"))[i] ? 1 : 0));
    add(
        rows,
        targets,
        "ui_participants",
        "Unemployment insurance participants",
        w.persons(i -> ((boolean[]) v.get("enrolled_ui"))[i] ? 1 : 0));
    boolean[] decision = (boolean[]) v.get("ui_benefit_decision_in_year");
    add(
        rows,
        targets,
        "ui_benefit_decisions",
        "Unemployment benefit decisions in the last 12 months",
        w.persons(i -> decision[i] ? 1 : 0));
    boolean[] receiving = (boolean[]) v.get("receiving_ui_benefit");
    add(
        rows,
        targets,
        "ui_benefit_recipients",
        "Receiving unemployment benefit in the month",
        w.persons(i -> receiving[i] ? 1 : 0));
    add(
        rows,
        targets,
        "hi_coverage_rate",
        "Health insurance coverage (share)",
        w.persons(i -> ((boolean[]) v.get("has_hi_card"))[i] ? 1 : 0) / persons);
    add(
        rows,
        targets,
        "poor_share_city_line|poor_share_national_line",
        "Poor households (share, by the law's rules)",
        w.households(g -> poverty[g] == PovertyStatus.POOR.ordinal() ? 1 : 0)
            / w.households(g -> 1));
    add(
        rows,
        targets,
        "near_poor_share_city_line|near_poor_share_national_line",
        "Near-poor households (share, by the law's rules)",
        w.households(g -> poverty[g] == PovertyStatus.NEAR_POOR.ordinal() ? 1 : 0)
            / w.households(g -> 1));
    boolean[] pension = (boolean[]) v.get("has_pension");
    long[] allowance = (long[]) v.get("monthly_social_allowance");
    boolean[] socialPension = (boolean[]) v.get("social_pension_eligible");
    add(
        rows,
        targets,
        "monthly_si_beneficiaries",
        "Pension or monthly SI allowance recipients",
        w.persons(i -> pension[i] ? 1 : 0));
    add(
        rows,
        targets,
        "social_assistance_monthly_recipients",
        "Monthly social allowance — eligible by law",
        w.persons(i -> allowance[i] > 0 ? 1 : 0));
    add(
        rows,
        targets,
        "social_pension_recipients|social_pension_recipients_derived",
        "Social pension — eligible by law",
        w.persons(i -> socialPension[i] ? 1 : 0));
    return rows;
  }

  private static boolean employed(byte status) {
    return EmploymentStatus.isEmployed(status);
  }

  /**
   * A row compared with the first target present among {@code keys} ({@code a|b}): the cities'
   * files name some figures differently.
   */
  private static void add(
      List<Row> rows, CalibrationTargets targets, String keys, String label, double reached) {
    String[] candidates = keys.split("\\|");
    rows.add(new Row(candidates[0], label, targets.first(candidates).orElse(null), reached));
  }

  /** Weighted sums over persons (household weight) and households. */
  private record Weighted(Population population, double[] weight) {
    double persons(java.util.function.IntToDoubleFunction f) {
      int[] groupOf = population.groupOfPerson();
      double sum = 0;
      for (int i = 0; i < groupOf.length; i++) {
        sum += weight[groupOf[i]] * f.applyAsDouble(i);
      }
      return sum;
    }

    double households(java.util.function.IntToDoubleFunction f) {
      double sum = 0;
      for (int g = 0; g < weight.length; g++) {
        sum += weight[g] * f.applyAsDouble(g);
      }
      return sum;
    }

    int size(int g) {
      return population.firstPersonOfGroup()[g + 1] - population.firstPersonOfGroup()[g];
    }
  }
}
