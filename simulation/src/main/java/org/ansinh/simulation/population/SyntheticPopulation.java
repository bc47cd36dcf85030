package org.ansinh.simulation.population;

import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.ResidenceStatus;
import org.ansinh.policy.vn.person.Sex;

/**
 * A generated population held in columns: one slot per person, and per household; enums as ordinals
 * of the policy package's enums. Members of a household are consecutive, head first.
 */
public final class SyntheticPopulation {

  public final City city;
  public final int persons;
  public int households;

  // persons
  public final int[] household;
  public final byte[] role;
  public final int[] birthDate;
  public final byte[] sex;
  public final byte[] residence;
  public final byte[] employment;
  public final int[] contractMonths;
  public final long[] wage;
  public final int[] siMonths;
  public final int[] uiMonths;
  public final int[] uiMonthsLast24;
  public final long[] voluntaryIncome;
  public final byte[] disability;
  public final boolean[] hasPension;
  public final boolean[] isStudent;
  public final boolean[] migrant;
  public final boolean[] enrolledCompulsorySi;
  public final boolean[] enrolledVoluntarySi;
  public final boolean[] enrolledUi;
  public final boolean[] hasHiCard;
  public final boolean[] receivesSocialAllowance;
  public final boolean[] receivesSocialPension;
  public final int[] monthsWorked;
  public final boolean[] registeredInSocialRegistry;
  public final int[] homeProvince;
  public final boolean[] receivedTrainingSupport;
  public final boolean[] hasPreferentialLoan;
  public final boolean[] attendsPublicSchool;
  public final boolean[] receivedEmergencyAssistance;
  public final boolean[] isOrphan;
  public final byte[] socialAssistanceGroup;
  public final boolean[] disadvantagedStudent;
  public final boolean[] receivingUiBenefit;
  public final boolean[] uiBenefitDecision;

  // households (sized for the worst case of one person each; `households` are used)
  public final int[] wardCode;
  public final byte[] areaType;
  public final long[] incomePerCapita;
  public final int[] deprivations;
  public final double[] weight;

  SyntheticPopulation(City city, int persons) {
    this.city = city;
    this.persons = persons;
    household = new int[persons];
    role = new byte[persons];
    birthDate = new int[persons];
    sex = new byte[persons];
    residence = new byte[persons];
    employment = new byte[persons];
    contractMonths = new int[persons];
    wage = new long[persons];
    siMonths = new int[persons];
    uiMonths = new int[persons];
    uiMonthsLast24 = new int[persons];
    voluntaryIncome = new long[persons];
    disability = new byte[persons];
    hasPension = new boolean[persons];
    isStudent = new boolean[persons];
    migrant = new boolean[persons];
    enrolledCompulsorySi = new boolean[persons];
    enrolledVoluntarySi = new boolean[persons];
    enrolledUi = new boolean[persons];
    hasHiCard = new boolean[persons];
    receivesSocialAllowance = new boolean[persons];
    receivesSocialPension = new boolean[persons];
    monthsWorked = new int[persons];
    registeredInSocialRegistry = new boolean[persons];
    homeProvince = new int[persons];
    receivedTrainingSupport = new boolean[persons];
    hasPreferentialLoan = new boolean[persons];
    attendsPublicSchool = new boolean[persons];
    receivedEmergencyAssistance = new boolean[persons];
    isOrphan = new boolean[persons];
    socialAssistanceGroup = new byte[persons];
    disadvantagedStudent = new boolean[persons];
    receivingUiBenefit = new boolean[persons];
    uiBenefitDecision = new boolean[persons];
    wardCode = new int[persons];
    areaType = new byte[persons];
    incomePerCapita = new long[persons];
    deprivations = new int[persons];
    weight = new double[persons];
  }

  /** The weight of person {@code i}: their household's. */
  public double personWeight(int i) {
    return weight[household[i]];
  }

  /** Members of household {@code h}: {@code [first(h), first(h + 1))}, found by the run. */
  public int size(int h, int firstMember) {
    int end = firstMember;
    while (end < persons && household[end] == h) {
      end++;
    }
    return end - firstMember;
  }

  static final byte PERMANENT = (byte) ResidenceStatus.PERMANENT.ordinal();
  static final byte MALE = (byte) Sex.MALE.ordinal();
  static final byte FEMALE = (byte) Sex.FEMALE.ordinal();
  static final byte URBAN = (byte) AreaType.URBAN.ordinal();
  static final byte RURAL = (byte) AreaType.RURAL.ordinal();
  static final byte NO_DISABILITY = (byte) DisabilityLevel.NONE.ordinal();
  static final byte EMPLOYEE = (byte) EmploymentStatus.EMPLOYEE.ordinal();
}
