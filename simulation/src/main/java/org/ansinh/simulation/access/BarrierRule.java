package org.ansinh.simulation.access;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.policy.vn.healthinsurance.HiGroup;

/**
 * A rule that says why a person eligible for a programme is not reached. The rules are tried in the
 * order of {@link #IN_ORDER}; the first that holds names the barrier, and when none holds the
 * barrier is the residual {@link Barrier#INFORMATION_OR_PROCEDURE}. Structural rules come first
 * (what the law or the price keeps out), then the institution's failures (employer, places).
 */
public sealed interface BarrierRule {

  List<BarrierRule> IN_ORDER =
      List.of(
          new Residence(),
          new NoLabourContract(),
          new Affordability(),
          new EmployerCompliance(),
          new SchoolCapacity());

  Barrier barrier();

  /** Whether the rule holds for eligible, unreached person {@code i} in programme {@code p}. */
  boolean holds(Programme p, AccessColumns c, int i);

  /**
   * Every column of {@code c} (and every number) that {@link #holds} reads for programme {@code p}:
   * a classification whose inputs are the very same arrays gives the very same barriers, so a
   * reform's classification takes the baseline's for a programme the reform leaves alone. A rule
   * that reads more than it declares would let a changed column go unnoticed (BarrierRuleTests
   * checks every declaration).
   */
  List<Object> reads(Programme p, AccessColumns c);

  /** What {@link #of} reads for programme {@code p}: every rule's {@link #reads}, in order. */
  static List<Object> inputs(Programme p, AccessColumns c) {
    List<Object> out = new ArrayList<>();
    for (BarrierRule r : IN_ORDER) {
      out.addAll(r.reads(p, c));
    }
    return out;
  }

  /** The barrier for eligible, unreached person {@code i}: the first rule that holds. */
  static Barrier of(Programme p, AccessColumns c, int i) {
    // by index: called for every eligible, unreached person, where an iterator is an allocation
    for (int k = 0; k < IN_ORDER.size(); k++) {
      BarrierRule r = IN_ORDER.get(k);
      if (r.holds(p, c, i)) {
        return r.barrier();
      }
    }
    return Barrier.INFORMATION_OR_PROCEDURE;
  }

  /**
   * Residence: the law's own residence rule keeps the person out where they live — either the
   * programme has an explicit access rule that refuses them (household health insurance: Nghị định
   * 146/2018/NĐ-CP Điều 5; social allowance and social pension filed "nơi cư trú": Nghị định
   * 20/2021/NĐ-CP Điều 8), or they are eligible once residence rules admit every status ({@link
   * ResidenceBlind}) but not under the rules in force (VBSP loans, state-budget training).
   */
  record Residence() implements BarrierRule {
    @Override
    public Barrier barrier() {
      return Barrier.RESIDENCE;
    }

    @Override
    public boolean holds(Programme p, AccessColumns c, int i) {
      if (c.eligibleOnlyWithoutResidenceRule(p, i)) {
        return true;
      }
      return switch (p) {
        case HEALTH_INSURANCE ->
            c.hiGroup()[i] == HiGroup.HOUSEHOLD.ordinal() && !c.householdHiAccessible()[i];
        case SOCIAL_ALLOWANCE, SOCIAL_PENSION -> !c.localAssistanceAccessible()[i];
        default -> false;
      };
    }

    @Override
    public List<Object> reads(Programme p, AccessColumns c) {
      List<Object> out = new ArrayList<>();
      out.add(c.eligibleWithoutResidence()[p.ordinal()]);
      out.add(c.eligible()[p.ordinal()]);
      switch (p) {
        case HEALTH_INSURANCE -> {
          out.add(c.hiGroup());
          out.add(c.householdHiAccessible());
        }
        case SOCIAL_ALLOWANCE, SOCIAL_PENSION -> out.add(c.localAssistanceAccessible());
        default -> {}
      }
      return out;
    }
  }

  /**
   * No written labour contract: an employee without one is within compulsory SI and UI by law (the
   * cited analysis parameter {@code labour_relation.unwritten_contract_counts}) but cannot be
   * declared without a contract.
   */
  record NoLabourContract() implements BarrierRule {
    @Override
    public Barrier barrier() {
      return Barrier.NO_LABOUR_CONTRACT;
    }

    @Override
    public boolean holds(Programme p, AccessColumns c, int i) {
      return (p == Programme.COMPULSORY_SI || p == Programme.UNEMPLOYMENT_INSURANCE)
          && c.unwrittenContract()[i];
    }

    @Override
    public List<Object> reads(Programme p, AccessColumns c) {
      return p == Programme.COMPULSORY_SI || p == Programme.UNEMPLOYMENT_INSURANCE
          ? List.of(c.unwrittenContract())
          : List.of();
    }
  }

  /**
   * Affordability: what the person would pay a month exceeds the cited share of their income
   * ({@code analysis/affordability/*.yaml}) — the lowest voluntary SI contribution, or a twelfth of
   * the HI contribution.
   */
  record Affordability() implements BarrierRule {
    @Override
    public Barrier barrier() {
      return Barrier.AFFORDABILITY;
    }

    @Override
    public boolean holds(Programme p, AccessColumns c, int i) {
      return switch (p) {
        case VOLUNTARY_SI -> c.vsiContribution()[i] > c.vsiAffordableShare() * c.income()[i];
        case HEALTH_INSURANCE ->
            c.hiContribution()[i] / 12.0 > c.hiAffordableShare() * c.income()[i];
        default -> false;
      };
    }

    @Override
    public List<Object> reads(Programme p, AccessColumns c) {
      return switch (p) {
        case VOLUNTARY_SI -> List.of(c.vsiContribution(), c.vsiAffordableShare(), c.income());
        case HEALTH_INSURANCE -> List.of(c.hiContribution(), c.hiAffordableShare(), c.income());
        default -> List.of();
      };
    }
  }

  /**
   * Employer compliance: a contract-holding employee the employer does not declare — for payroll
   * insurance, and for emergency support, whose precedent paid employees only through their
   * compulsory SI participation (Nghị quyết 68/NQ-CP).
   */
  record EmployerCompliance() implements BarrierRule {
    @Override
    public Barrier barrier() {
      return Barrier.EMPLOYER_COMPLIANCE;
    }

    @Override
    public boolean holds(Programme p, AccessColumns c, int i) {
      return switch (p) {
        case COMPULSORY_SI, UNEMPLOYMENT_INSURANCE -> true;
        case EMERGENCY_ASSISTANCE -> c.compulsorySiCovered()[i] && !c.enrolledCompulsorySi()[i];
        default -> false;
      };
    }

    @Override
    public List<Object> reads(Programme p, AccessColumns c) {
      return p == Programme.EMERGENCY_ASSISTANCE
          ? List.of(c.compulsorySiCovered(), c.enrolledCompulsorySi())
          : List.of();
    }
  }

  /**
   * Capacity: a child of school age outside the first admission group of the catchment's public
   * schools (residence rule {@code public_school_priority}) who is not in one. Such a child is
   * admitted only where places remain, so not being reached is a shortage of places met through
   * residence; the model cannot split the two, and a rule change alone adds no places.
   */
  record SchoolCapacity() implements BarrierRule {
    @Override
    public Barrier barrier() {
      return Barrier.CAPACITY;
    }

    @Override
    public boolean holds(Programme p, AccessColumns c, int i) {
      return p == Programme.PUBLIC_SCHOOL && !c.schoolPriority()[i];
    }

    @Override
    public List<Object> reads(Programme p, AccessColumns c) {
      return p == Programme.PUBLIC_SCHOOL ? List.of(c.schoolPriority()) : List.of();
    }
  }
}
