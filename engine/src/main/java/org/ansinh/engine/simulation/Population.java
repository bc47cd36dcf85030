package org.ansinh.engine.simulation;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.entity.EntityModel;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * Persons and their groups, with input values held column by column.
 *
 * <p>Members of a group are consecutive ({@code groupOfPerson} never decreases), so any run of
 * whole groups is itself a population: that is how a city is cut into chunks. An input column may
 * come with a {@code given} mask: where it is false, the variable's formula fills in.
 */
public final class Population {

  private final EntityModel entities;
  private final int[] groupOfPerson;
  private final byte[] roleOfPerson;
  private final int[] firstPersonOfGroup;
  private final String[] personIds;
  private final String[] groupIds;
  private final Map<InputKey, InputColumn> inputs;
  private Set<String> unread = Set.of();
  private Population parent;
  private int parentFirstPerson;
  private int parentFirstGroup;

  /** A variable's values for one period, and which of them were actually given. */
  public record InputColumn(Variable<?> variable, Object values, boolean[] given) {}

  record InputKey(String variable, Period period) {}

  /**
   * @param groupOfPerson the group index of each person, never decreasing, every group non-empty
   * @param roleOfPerson each person's role index in the group entity's roles
   * @param personIds identifiers for messages and outputs, or null
   * @param groupIds identifiers for messages and outputs, or null
   */
  public Population(
      EntityModel entities,
      int groupCount,
      int[] groupOfPerson,
      byte[] roleOfPerson,
      String[] personIds,
      String[] groupIds) {
    this.entities = entities;
    this.groupOfPerson = groupOfPerson;
    this.roleOfPerson = roleOfPerson;
    this.personIds = personIds;
    this.groupIds = groupIds;
    this.firstPersonOfGroup = new int[groupCount + 1];
    int expected = 0;
    for (int i = 0; i < groupOfPerson.length; i++) {
      int g = groupOfPerson[i];
      if (g != expected && g != expected - 1 || g < 0) {
        throw new IllegalArgumentException(
            "person "
                + i
                + ": members of a group must be consecutive and groups numbered in order");
      }
      if (g == expected) {
        firstPersonOfGroup[g] = i;
        expected++;
      }
    }
    if (expected != groupCount) {
      throw new IllegalArgumentException(
          "expected " + groupCount + " non-empty groups, found " + expected);
    }
    firstPersonOfGroup[groupCount] = groupOfPerson.length;
    this.inputs = new HashMap<>();
  }

  public EntityModel entities() {
    return entities;
  }

  public int personCount() {
    return groupOfPerson.length;
  }

  public int groupCount() {
    return firstPersonOfGroup.length - 1;
  }

  /** Read-only: the group index of each person. */
  public int[] groupOfPerson() {
    return groupOfPerson;
  }

  /** Read-only: the role index of each person. */
  public byte[] roleOfPerson() {
    return roleOfPerson;
  }

  /** Read-only: the index of each group's first member, and the person count at the end. */
  public int[] firstPersonOfGroup() {
    return firstPersonOfGroup;
  }

  public String personId(int i) {
    return personIds == null ? Integer.toString(i) : personIds[i];
  }

  public String groupId(int g) {
    return groupIds == null ? Integer.toString(g) : groupIds[g];
  }

  public int size(Variable<?> v) {
    return v.entity() == entities.person() ? personCount() : groupCount();
  }

  /**
   * Sets a variable's values for a period; {@code given} null means every value was given. A
   * constant fact (eternity) is stored once whatever the period; a yearly one for the year.
   */
  public <A> void setInput(Variable<A> v, Period period, A values, boolean[] given) {
    if (v.period() == org.ansinh.engine.period.PeriodUnit.ETERNITY) {
      period = Period.ETERNITY;
    } else if (v.period() == org.ansinh.engine.period.PeriodUnit.YEAR
        && period.unit() == org.ansinh.engine.period.PeriodUnit.MONTH) {
      period = period.yearOf();
    }
    ValueType<A> type = v.type();
    if (type.length(values) != size(v)) {
      throw new IllegalArgumentException(
          v.name()
              + ": "
              + type.length(values)
              + " values for "
              + size(v)
              + " "
              + v.entity().pluralKey());
    }
    inputs.put(new InputKey(v.name(), period), new InputColumn(v, values, given));
  }

  /**
   * Variables the source holds but that were left unread, because the run that asked for this
   * population said it does not need them. Asking for one then fails: computing it from its formula
   * instead of the source's values would give other results without a word.
   */
  public void markUnread(Collection<String> variables) {
    // a hash set: input() asks it for every variable a chunk computes
    unread = Collections.unmodifiableSet(new HashSet<>(variables));
  }

  /** The variables {@link #markUnread} named. */
  public Set<String> unread() {
    return unread;
  }

  /**
   * The input column of a variable for a period, or null; a slice copies its part on first use.
   *
   * @throws CalculationException for a variable the source holds but that was left unread
   */
  public InputColumn input(String variable, Period period) {
    InputKey key = new InputKey(variable, period);
    InputColumn column = inputs.get(key);
    if (column == null && parent == null && !unread.isEmpty() && unread.contains(variable)) {
      throw new CalculationException(
          "the population's column '"
              + variable
              + "' was not read: this run was set to read only the columns its outputs need, and"
              + " one of them needs it");
    }
    if (column == null && parent != null) {
      InputColumn whole = parent.input(variable, period);
      if (whole != null) {
        boolean person = whole.variable().entity() == entities.person();
        int from = person ? parentFirstPerson : parentFirstGroup;
        column = sliceColumn(whole, from, from + (person ? personCount() : groupCount()));
        inputs.put(key, column);
      }
    }
    return column;
  }

  public Map<String, Integer> inputCounts() {
    Map<String, Integer> counts = new HashMap<>();
    inputs.keySet().forEach(k -> counts.merge(k.variable(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * The groups {@code [fromGroup, toGroup)} and their members as a population of their own. Input
   * columns are copied lazily, only those a computation reads.
   */
  public Population slice(int fromGroup, int toGroup) {
    int p0 = firstPersonOfGroup[fromGroup];
    int p1 = firstPersonOfGroup[toGroup];
    int[] groups = new int[p1 - p0];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = groupOfPerson[p0 + i] - fromGroup;
    }
    byte[] roles = java.util.Arrays.copyOfRange(roleOfPerson, p0, p1);
    Population slice = new Population(entities, toGroup - fromGroup, groups, roles, null, null);
    slice.parent = this;
    slice.parentFirstPerson = p0;
    slice.parentFirstGroup = fromGroup;
    return slice;
  }

  private static InputColumn sliceColumn(InputColumn column, int from, int to) {
    return slice(column.variable(), column, from, to);
  }

  private static <A> InputColumn slice(Variable<A> v, InputColumn column, int from, int to) {
    ValueType<A> type = v.type();
    @SuppressWarnings("unchecked")
    A values = (A) column.values();
    A part = type.allocate(to - from);
    type.copy(values, from, part, 0, to - from);
    boolean[] given =
        column.given() == null ? null : java.util.Arrays.copyOfRange(column.given(), from, to);
    return new InputColumn(v, part, given);
  }
}
