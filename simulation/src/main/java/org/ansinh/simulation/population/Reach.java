package org.ansinh.simulation.population;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.PublicSchoolEntitlement;
import org.ansinh.policy.vn.basicservices.PublicSchoolPriority;
import org.ansinh.policy.vn.labourmarket.EmergencyAssistance;
import org.ansinh.policy.vn.labourmarket.JobCreationLoan;
import org.ansinh.policy.vn.labourmarket.PreferentialLoan;
import org.ansinh.policy.vn.labourmarket.UiVocationalTrainingSupport;
import org.ansinh.policy.vn.labourmarket.VbspHouseholdLoan;
import org.ansinh.policy.vn.labourmarket.VocationalTrainingSupport;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;

/**
 * Who was reached by labour-market support, preferential credit, public schools and emergency
 * assistance — each through a mechanism, never by migrant or sector status directly, so that who is
 * reached is a result the access analysis can find, not an input:
 *
 * <ul>
 *   <li><b>public school</b>: each ward has places for a share of its children of school age; the
 *       law's admission rule ({@code public_school_priority}) seats its first group first, in
 *       random order, then the others by lottery until the places run out;
 *   <li><b>vocational training</b> (in the last 12 months): UI-funded courses only for those the UI
 *       training rule admits — now, or in a month of the year they spent out of work (whoever works
 *       now but not all year: the rule is asked again with them unemployed, so their own UI record
 *       decides); state-budget courses only for those the law's training rule admits where they
 *       live, more often when the ward knows them;
 *   <li><b>preferential loans</b>: eligible households (poor-household programme) and own-account
 *       workers (job creation) apply, much more often through the ward's savings-and-loan groups
 *       when known; capital funds only a share of the files (seed 004);
 *   <li><b>emergency assistance</b> (the last emergency): those on a list — residence record,
 *       pre-registration, an employer's declaration — reached at a high rate, others through
 *       community channels at a lower one.
 * </ul>
 *
 * Where the law names who is entitled ({@code public_school_entitled}, {@code
 * preferential_loan_eligible}, {@code emergency_assistance_eligible}), nobody outside it is
 * reached. Call after {@link TakeUp}: knowing the ward and employer declarations come from it.
 */
public final class Reach {

  private static final byte UNREGISTERED = (byte) ResidenceStatus.UNREGISTERED.ordinal();
  private static final byte UNEMPLOYED = (byte) EmploymentStatus.UNEMPLOYED.ordinal();
  private static final int MONTHS_A_YEAR = 12;

  private Reach() {}

  /** The law's variables {@link #draw} reads. */
  public static final List<Variable<?>> LAW =
      List.of(
          PublicSchoolPriority.PUBLIC_SCHOOL_PRIORITY,
          PublicSchoolEntitlement.PUBLIC_SCHOOL_ENTITLED,
          VocationalTrainingSupport.VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE,
          UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE,
          VbspHouseholdLoan.VBSP_POOR_HOUSEHOLD_LOAN_ELIGIBLE,
          JobCreationLoan.JOB_CREATION_LOAN_ELIGIBLE,
          PreferentialLoan.PREFERENTIAL_LOAN_ELIGIBLE,
          EmergencyAssistance.EMERGENCY_ASSISTANCE_ELIGIBLE);

  /** The law's variable asked again for a month out of work ({@link #employmentDuringBreak}). */
  public static final Variable<boolean[]> DURING_BREAK =
      UiVocationalTrainingSupport.UI_VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE;

  /**
   * Employment status in a month out of work within the last 12: whoever works now but worked fewer
   * than 12 months of them ({@code months_worked_in_year}) was unemployed then; everyone else as
   * now. A work history the law can read: its UI training rule turns on being out of work with a
   * recent contribution record, which only a contract job leaves.
   */
  public static byte[] employmentDuringBreak(SyntheticPopulation p) {
    byte[] during = p.employment.clone();
    boolean[] hadBreak = hadBreak(p);
    for (int i = 0; i < p.persons; i++) {
      if (hadBreak[i]) {
        during[i] = UNEMPLOYED;
      }
    }
    return during;
  }

  /** Who works now but worked fewer than 12 of the last 12 months: out of work in one of them. */
  public static boolean[] hadBreak(SyntheticPopulation p) {
    boolean[] out = new boolean[p.persons];
    for (int i = 0; i < p.persons; i++) {
      out[i] = EmploymentStatus.isEmployed(p.employment[i]) && p.monthsWorked[i] < MONTHS_A_YEAR;
    }
    return out;
  }

  /**
   * @param law at least the variables of {@link #LAW}, computed over the population
   * @param duringBreak {@link #DURING_BREAK} computed with {@link #employmentDuringBreak}, at least
   *     over the households of those who {@link #hadBreak} (false elsewhere: no month out of work)
   */
  public static void draw(
      SyntheticPopulation p, Map<String, Object> law, boolean[] duringBreak, long seed) {
    Shapes shapes = Shapes.of(p.city);
    SplittableRandom r = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
    school(p, shapes, law, r);
    training(p, shapes, law, duringBreak, r);
    loans(p, shapes, law, r);
    emergency(p, shapes, law, r);
  }

  /** Ward capacity filled by the admission rule's first group, then by lottery. */
  private static void school(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, SplittableRandom r) {
    boolean[] priority = (boolean[]) law.get("public_school_priority");
    boolean[] entitled = (boolean[]) law.get("public_school_entitled");
    double placesPerChild = shapes.number("public_school_places_per_child");
    int[] children = new int[p.persons];
    int count = 0;
    double[] lottery = new double[p.persons];
    // Places per ward and each child's admission group (ward, then the priority group first), in
    // arrays indexed by the ward's code (administrative codes, five digits) and by person: the
    // sort and the admission loop below visit 1.3 M children of a 14 M city.
    int[] group = new int[p.persons];
    int maxWard = 0;
    for (int i = 0; i < p.persons; i++) {
      if (entitled[i]) {
        maxWard = Math.max(maxWard, p.wardCode[p.household[i]]);
      }
    }
    double[] places = new double[maxWard + 1];
    for (int i = 0; i < p.persons; i++) {
      boolean schoolAge = entitled[i];
      if (schoolAge) {
        children[count++] = i;
        lottery[i] = r.nextDouble();
        int ward = p.wardCode[p.household[i]];
        places[ward] += placesPerChild * p.personWeight(i);
        group[i] = 2 * ward + (priority[i] ? 0 : 1);
      }
    }
    int[] order =
        StableSort.sort(
            Arrays.copyOf(children, count),
            (a, b) -> {
              int c = Integer.compare(group[a], group[b]);
              return c != 0 ? c : Double.compare(lottery[a], lottery[b]);
            });
    // In admission order; the first child who does not fit closes the ward's intake.
    for (int i : order) {
      int ward = p.wardCode[p.household[i]];
      double left = places[ward];
      if (left >= p.personWeight(i)) {
        p.attendsPublicSchool[i] = true;
        places[ward] = left - p.personWeight(i);
      } else {
        places[ward] = -1.0;
      }
    }
  }

  private static void training(
      SyntheticPopulation p,
      Shapes shapes,
      Map<String, Object> law,
      boolean[] duringBreak,
      SplittableRandom r) {
    boolean[] ui = (boolean[]) law.get("ui_vocational_training_support_eligible");
    boolean[] local = (boolean[]) law.get("vocational_training_support_eligible");
    double uiUptake = shapes.number("vocational_training", "ui_uptake");
    double known = shapes.number("vocational_training", "local_uptake_known");
    double unknown = shapes.number("vocational_training", "local_uptake_unknown");
    for (int i = 0; i < p.persons; i++) {
      double a = r.nextDouble();
      double b = r.nextDouble();
      p.receivedTrainingSupport[i] =
          (ui[i] || duringBreak[i]) && a < uiUptake
              || local[i] && b < (p.registeredInSocialRegistry[i] ? known : unknown);
    }
  }

  /** Applications, more often when known; capital funds a share of the files. */
  private static void loans(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, SplittableRandom r) {
    boolean[] household = (boolean[]) law.get("vbsp_poor_household_loan_eligible");
    boolean[] jobCreation = (boolean[]) law.get("job_creation_loan_eligible");
    boolean[] eligible = (boolean[]) law.get("preferential_loan_eligible");
    double poorApplication = shapes.number("preferential_loans", "poor_household_application");
    double jobApplication = shapes.number("preferential_loans", "job_creation_application");
    double unknownFactor = shapes.number("preferential_loans", "unknown_application_factor");
    double funded = shapes.number("preferential_loans", "capital_coverage");
    int first = 0;
    while (first < p.persons) {
      int h = p.household[first];
      int size = p.size(h, first);
      double factor = p.registeredInSocialRegistry[first] ? 1 : unknownFactor;
      boolean householdLoan =
          household[h] && r.nextDouble() < poorApplication * factor && r.nextDouble() < funded;
      for (int i = first; i < first + size; i++) {
        boolean ownAccount =
            p.employment[i] == EmploymentStatus.SELF_EMPLOYED.ordinal()
                || p.employment[i] == EmploymentStatus.EMPLOYER.ordinal()
                || p.employment[i] == EmploymentStatus.FAMILY_WORKER.ordinal();
        double own = p.registeredInSocialRegistry[i] ? 1 : unknownFactor;
        boolean workerLoan =
            jobCreation[i]
                && ownAccount
                && r.nextDouble() < jobApplication * own
                && r.nextDouble() < funded;
        p.hasPreferentialLoan[i] = (householdLoan || workerLoan) && eligible[i];
      }
      first += size;
    }
  }

  /** On a list (residence record, pre-registration, employer's declaration) or not. */
  private static void emergency(
      SyntheticPopulation p, Shapes shapes, Map<String, Object> law, SplittableRandom r) {
    boolean[] eligible = (boolean[]) law.get("emergency_assistance_eligible");
    double listed = shapes.number("emergency_assistance", "listed");
    double unlisted = shapes.number("emergency_assistance", "unlisted");
    for (int i = 0; i < p.persons; i++) {
      boolean onList =
          p.residence[i] != UNREGISTERED
              || p.registeredInSocialRegistry[i]
              || p.enrolledCompulsorySi[i];
      p.receivedEmergencyAssistance[i] =
          eligible[i] && r.nextDouble() < (onList ? listed : unlisted);
    }
  }
}
