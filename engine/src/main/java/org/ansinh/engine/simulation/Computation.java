package org.ansinh.engine.simulation;

import java.time.LocalDate;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterValue;
import org.ansinh.engine.parameter.Scale;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * What a formula sees while it computes one variable for one period: the other variables (same
 * entity, or across entities through explicit projections), the parameters in force on the period's
 * first day, and conversions between periods that say what they do.
 *
 * <p>Arrays handed out are shared: read them, never write them.
 */
public final class Computation {

  private final Simulation simulation;
  private final Variable<?> target;
  private final Period period;
  private final Population population;

  Computation(Simulation simulation, Variable<?> target, Period period) {
    this.simulation = simulation;
    this.target = target;
    this.period = period;
    this.population = simulation.population();
  }

  /** The period being computed. */
  public Period period() {
    return period;
  }

  /** The date parameters are read at: the first day of the period. */
  public LocalDate date() {
    return period.start();
  }

  /** How many entities the computed variable has values for. */
  public int size() {
    return population.size(target);
  }

  // ---- variables of the same entity ------------------------------------------------------

  /** {@code v} for this period; it must belong to the same entity as the computed variable. */
  public <A> A get(Variable<A> v) {
    return get(v, period);
  }

  /** {@code v} for another period of the same kind (last month, say). */
  public <A> A get(Variable<A> v, Period other) {
    sameEntity(v);
    return simulation.calculate(v, other);
  }

  private void sameEntity(Variable<?> v) {
    if (v.entity() != target.entity()) {
      throw new CalculationException(
          target.name()
              + " ("
              + target.entity().key()
              + ") reads "
              + v.name()
              + " ("
              + v.entity().key()
              + ") directly; use ofGroup, members, head or a byGroup projection");
    }
  }

  /**
   * Where {@code v} was given as input for this period (true) rather than left to its formula or
   * default: lets a formula derive a fact only from what is actually known.
   */
  public boolean[] given(Variable<?> v) {
    sameEntity(v);
    Population.InputColumn input = population.input(v.name(), Simulation.periodFor(v, period));
    boolean[] out = new boolean[size()];
    if (input != null) {
      if (input.given() == null) {
        java.util.Arrays.fill(out, true);
      } else {
        System.arraycopy(input.given(), 0, out, 0, out.length);
      }
    }
    return out;
  }

  // ---- across entities ---------------------------------------------------------------------

  /** For a person formula: the value of a group variable for each person's group. */
  public <A> A ofGroup(Variable<A> groupVariable) {
    requireTarget(population.entities().person(), "ofGroup");
    requireVariable(groupVariable, population.entities().group());
    A groupValues = simulation.calculate(groupVariable, period);
    return simulation.broadcastToPersons(groupVariable.type(), groupValues);
  }

  /** For a group formula: a person variable's values (one per person) to project. */
  public <A> A members(Variable<A> personVariable) {
    requireTarget(population.entities().group(), "members");
    requireVariable(personVariable, population.entities().person());
    return simulation.calculate(personVariable, period);
  }

  /** For a group formula: the value of a person variable for each group's head (first role). */
  public <A> A head(Variable<A> personVariable) {
    A personValues = members(personVariable);
    int[] first = population.firstPersonOfGroup();
    byte[] roles = population.roleOfPerson();
    int[] heads = new int[population.groupCount()];
    for (int g = 0; g < heads.length; g++) {
      heads[g] = first[g];
      for (int i = first[g]; i < first[g + 1]; i++) {
        if (roles[i] == 0) {
          heads[g] = i;
          break;
        }
      }
    }
    return Broadcast.byIndex(personVariable.type(), personValues, heads);
  }

  public long[] sumByGroup(long[] perPerson) {
    long[] out = new long[population.groupCount()];
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < perPerson.length; i++) {
      out[groupOf[i]] += perPerson[i];
    }
    return out;
  }

  public double[] sumByGroup(double[] perPerson) {
    double[] out = new double[population.groupCount()];
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < perPerson.length; i++) {
      out[groupOf[i]] += perPerson[i];
    }
    return out;
  }

  public int[] countByGroup(boolean[] perPerson) {
    int[] out = new int[population.groupCount()];
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < perPerson.length; i++) {
      if (perPerson[i]) {
        out[groupOf[i]]++;
      }
    }
    return out;
  }

  public boolean[] anyByGroup(boolean[] perPerson) {
    boolean[] out = new boolean[population.groupCount()];
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < perPerson.length; i++) {
      out[groupOf[i]] |= perPerson[i];
    }
    return out;
  }

  public long[] maxByGroup(long[] perPerson) {
    long[] out = new long[population.groupCount()];
    java.util.Arrays.fill(out, Long.MIN_VALUE);
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < perPerson.length; i++) {
      out[groupOf[i]] = Math.max(out[groupOf[i]], perPerson[i]);
    }
    return out;
  }

  /** Number of members of each person's group (person formula) or of each group. */
  public int[] groupSize() {
    int[] first = population.firstPersonOfGroup();
    if (target.entity() == population.entities().group()) {
      int[] out = new int[population.groupCount()];
      for (int g = 0; g < out.length; g++) {
        out[g] = first[g + 1] - first[g];
      }
      return out;
    }
    int[] out = new int[population.personCount()];
    int[] groupOf = population.groupOfPerson();
    for (int i = 0; i < out.length; i++) {
      out[i] = first[groupOf[i] + 1] - first[groupOf[i]];
    }
    return out;
  }

  /**
   * For a person formula: each person's rank (1, 2, …) among the members of their group for whom
   * {@code mask} holds, heads first, then in the group's order; 0 where the mask is false.
   */
  public int[] rankInGroup(boolean[] mask) {
    requireTarget(population.entities().person(), "rankInGroup");
    int[] out = new int[population.personCount()];
    int[] first = population.firstPersonOfGroup();
    byte[] roles = population.roleOfPerson();
    for (int g = 0; g < population.groupCount(); g++) {
      int rank = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (int i = first[g]; i < first[g + 1]; i++) {
          boolean head = roles[i] == 0;
          if (mask[i] && (pass == 0) == head) {
            out[i] = ++rank;
          }
        }
      }
    }
    return out;
  }

  /** For a person formula: whether each person holds the role with this key. */
  public boolean[] hasRole(String roleKey) {
    requireTarget(population.entities().person(), "hasRole");
    int role = population.entities().group().roleIndex(roleKey);
    if (role < 0) {
      throw new CalculationException(
          "no role '" + roleKey + "' in " + population.entities().group().key());
    }
    byte[] roles = population.roleOfPerson();
    boolean[] out = new boolean[roles.length];
    for (int i = 0; i < roles.length; i++) {
      out[i] = roles[i] == role;
    }
    return out;
  }

  private void requireTarget(Entity entity, String what) {
    if (target.entity() != entity) {
      throw new CalculationException(
          what
              + " is for "
              + entity.key()
              + " formulas; "
              + target.name()
              + " is a "
              + target.entity().key()
              + " variable");
    }
  }

  private static void requireVariable(Variable<?> v, Entity entity) {
    if (v.entity() != entity) {
      throw new CalculationException(v.name() + " is not a " + entity.key() + " variable");
    }
  }

  // ---- across periods ----------------------------------------------------------------------

  /** Sum of a monthly money variable over the months of a year. */
  public long[] sumOverMonths(Variable<long[]> monthly, Period year) {
    sameEntity(monthly);
    long[] out = new long[size()];
    for (Period m : year.months()) {
      long[] v = simulation.calculate(monthly, m);
      for (int i = 0; i < out.length; i++) {
        out[i] += v[i];
      }
    }
    return out;
  }

  /** Average of a monthly money variable over the {@code n} months ending with this one. */
  public long[] averageOverLastMonths(Variable<long[]> monthly, int n) {
    sameEntity(monthly);
    if (period.unit() != PeriodUnit.MONTH || n < 1) {
      throw new CalculationException("averageOverLastMonths needs a month period and n ≥ 1");
    }
    long[] sum = new long[size()];
    for (int k = 0; k < n; k++) {
      long[] v = simulation.calculate(monthly, period.plusMonths(-k));
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] = Math.round(sum[i] / (double) n);
    }
    return sum;
  }

  /** A yearly variable's value for the year containing this month. */
  public <A> A valueOfYear(Variable<A> yearly) {
    sameEntity(yearly);
    return simulation.calculate(yearly, period.yearOf());
  }

  // ---- parameters ----------------------------------------------------------------------------

  /** The parameter's value on the period's first day. */
  public ParameterValue parameter(String path) {
    return parameterAt(path, date());
  }

  public ParameterValue parameterAt(String path, LocalDate date) {
    Parameter p = simulation.legislation().parameters().get(path);
    ParameterValue v = p.at(date);
    simulation.listener().parameterRead(p, date, v);
    return v;
  }

  /** Whether the parameter has a value in force on the period's first day. */
  public boolean inForce(String path) {
    return simulation.legislation().parameters().get(path).inForce(date());
  }

  /**
   * Whether a parameter exists and is in force on the period's first day: for optional local
   * overrides of a national rule (a province's own value), where absence is normal.
   */
  public boolean hasParameter(String path) {
    return hasParameterAt(path, date());
  }

  /**
   * The paths of the parameters under a folder, whatever the population: for a formula that reads
   * optional overrides (a province's own rule), so that it can read every one that exists before
   * its loops, not only those its people happen to need — dependency discovery sees what is read.
   */
  public java.util.List<String> parameterPathsUnder(String folder) {
    return simulation.legislation().parameters().pathsUnder(folder);
  }

  /** Whether a parameter exists and is in force on {@code date}. */
  public boolean hasParameterAt(String path, LocalDate date) {
    return simulation.legislation().parameters().contains(path)
        && simulation.legislation().parameters().get(path).inForce(date);
  }

  public double number(String path) {
    ParameterValue v = parameter(path);
    if (v.number() == null) {
      throw new CalculationException(path + " is a schedule, not a number");
    }
    return v.number();
  }

  /** A money parameter in whole units. */
  public long money(String path) {
    return Math.round(number(path));
  }

  public double rate(String path) {
    return number(path);
  }

  public int integer(String path) {
    return (int) Math.round(number(path));
  }

  public boolean flag(String path) {
    return number(path) != 0;
  }

  public Scale scale(String path) {
    ParameterValue v = parameter(path);
    if (v.scale() == null) {
      throw new CalculationException(path + " is a number, not a schedule");
    }
    return v.scale();
  }
}
