package org.ansinh.engine.yamltest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.entity.Role;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.ValueType;
import org.ansinh.engine.variable.Variable;

/**
 * A small population described in YAML, OpenFisca style.
 *
 * <p>Either variables directly (one person, head of a one-person group), or {@code persons:} by id
 * with {@code household:} (one group) or {@code households:} (by id), each naming its members by
 * role key ({@code head}, {@code spouse}, {@code children}, {@code others}) beside its own
 * variables. A value may be given per period: {@code {2025-08: 5000000}}. Persons listed in no
 * group form one group, the first as head.
 */
public final class Situation {

  private final Population population;
  private final Map<String, Integer> personIndex;
  private final Map<String, Integer> groupIndex;

  private Situation(
      Population population, Map<String, Integer> persons, Map<String, Integer> groups) {
    this.population = population;
    this.personIndex = persons;
    this.groupIndex = groups;
  }

  public Population population() {
    return population;
  }

  /** Person ids in population order. */
  public Map<String, Integer> personIndex() {
    return personIndex;
  }

  public Map<String, Integer> groupIndex() {
    return groupIndex;
  }

  /**
   * @param input the {@code input} map of a case
   * @param period the period of values given without one
   * @throws SituationException naming the key that is wrong
   */
  public static Situation of(Legislation legislation, Map<?, ?> input, Period period) {
    Entity person = legislation.entities().person();
    Entity group = legislation.entities().group();
    boolean multi = input.containsKey(person.pluralKey());
    Map<String, Map<?, ?>> persons = new LinkedHashMap<>();
    Map<String, Map<?, ?>> groups = new LinkedHashMap<>();
    if (multi) {
      for (var e : map(input.get(person.pluralKey()), person.pluralKey()).entrySet()) {
        persons.put(
            String.valueOf(e.getKey()),
            e.getValue() == null
                ? Map.of()
                : map(e.getValue(), person.pluralKey() + "." + e.getKey()));
      }
      if (input.containsKey(group.key())) {
        groups.put(group.key(), map(input.get(group.key()), group.key()));
      }
      if (input.containsKey(group.pluralKey())) {
        for (var e : map(input.get(group.pluralKey()), group.pluralKey()).entrySet()) {
          groups.put(
              String.valueOf(e.getKey()), map(e.getValue(), group.pluralKey() + "." + e.getKey()));
        }
      }
      for (Object k : input.keySet()) {
        String key = String.valueOf(k);
        if (!key.equals(person.pluralKey())
            && !key.equals(group.key())
            && !key.equals(group.pluralKey())) {
          throw new SituationException(
              "input."
                  + key
                  + ": with '"
                  + person.pluralKey()
                  + "', give variables under a person or a "
                  + group.key());
        }
      }
    } else {
      Map<Object, Object> own = new LinkedHashMap<>();
      Map<Object, Object> shared = new LinkedHashMap<>();
      for (var e : input.entrySet()) {
        Variable<?> v = variable(legislation, String.valueOf(e.getKey()), "input");
        (v.entity().isGroup() ? shared : own).put(e.getKey(), e.getValue());
      }
      persons.put("person", own);
      shared.put(group.roles().get(0).key(), "person");
      groups.put(group.key(), shared);
    }
    return build(legislation, persons, groups, period);
  }

  private static Situation build(
      Legislation legislation,
      Map<String, Map<?, ?>> persons,
      Map<String, Map<?, ?>> groups,
      Period period) {
    Entity group = legislation.entities().group();
    List<String> order = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    List<Byte> roles = new ArrayList<>();
    List<String> groupIds = new ArrayList<>();
    Map<String, Map<?, ?>> groupVariables = new LinkedHashMap<>();
    for (var g : groups.entrySet()) {
      int gi = groupIds.size();
      groupIds.add(g.getKey());
      Map<Object, Object> vars = new LinkedHashMap<>();
      List<String[]> members = new ArrayList<>();
      for (var e : g.getValue().entrySet()) {
        String key = String.valueOf(e.getKey());
        int role = group.roleIndex(key);
        if (role < 0) {
          vars.put(key, e.getValue());
          continue;
        }
        Role r = group.roles().get(role);
        List<?> ids = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
        if (r.max() > 0 && ids.size() > r.max()) {
          throw new SituationException(
              group.key() + " " + g.getKey() + "." + key + ": at most " + r.max() + " member(s)");
        }
        for (Object id : ids) {
          members.add(new String[] {String.valueOf(id), Integer.toString(role)});
        }
      }
      members.sort((a, b) -> Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1])));
      for (String[] m : members) {
        if (!persons.containsKey(m[0])) {
          throw new SituationException(
              group.key() + " " + g.getKey() + " names unknown person '" + m[0] + "'");
        }
        if (order.contains(m[0])) {
          throw new SituationException("person '" + m[0] + "' is in two " + group.pluralKey());
        }
        order.add(m[0]);
        groupOf.add(gi);
        roles.add(Byte.parseByte(m[1]));
      }
      if (members.isEmpty()) {
        throw new SituationException(group.key() + " " + g.getKey() + " has no members");
      }
      groupVariables.put(g.getKey(), vars);
    }
    List<String> loose = new ArrayList<>(persons.keySet());
    loose.removeAll(order);
    if (!loose.isEmpty()) {
      if (!groups.isEmpty()) {
        throw new SituationException("person(s) " + loose + " belong to no " + group.key());
      }
      groupIds.add(group.key());
      groupVariables.put(group.key(), Map.of());
      for (int i = 0; i < loose.size(); i++) {
        order.add(loose.get(i));
        groupOf.add(0);
        roles.add((byte) (i == 0 ? 0 : group.roles().size() - 1));
      }
    }
    int[] groupArray = groupOf.stream().mapToInt(Integer::intValue).toArray();
    byte[] roleArray = new byte[roles.size()];
    for (int i = 0; i < roleArray.length; i++) {
      roleArray[i] = roles.get(i);
    }
    Population population =
        new Population(
            legislation.entities(),
            groupIds.size(),
            groupArray,
            roleArray,
            order.toArray(String[]::new),
            groupIds.toArray(String[]::new));
    Map<String, Integer> personIndex = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      personIndex.put(order.get(i), i);
    }
    Map<String, Integer> groupIndex = new LinkedHashMap<>();
    for (int i = 0; i < groupIds.size(); i++) {
      groupIndex.put(groupIds.get(i), i);
    }
    Map<String, Map<?, ?>> personVariables = new LinkedHashMap<>();
    persons.forEach((id, vars) -> personVariables.put(id, vars));
    new Inputs(legislation, population, period)
        .put(legislation.entities().person(), personVariables, personIndex)
        .put(group, groupVariables, groupIndex)
        .commit();
    return new Situation(population, personIndex, groupIndex);
  }

  /** Collects values per (variable, period) and sets them as columns with a "given" mask. */
  private static final class Inputs {
    private final Legislation legislation;
    private final Population population;
    private final Period period;
    private final Map<Variable<?>, Map<Period, Map<Integer, Object>>> values =
        new LinkedHashMap<>();

    Inputs(Legislation legislation, Population population, Period period) {
      this.legislation = legislation;
      this.population = population;
      this.period = period;
    }

    Inputs put(Entity entity, Map<String, Map<?, ?>> byId, Map<String, Integer> index) {
      for (var entry : byId.entrySet()) {
        for (var e : entry.getValue().entrySet()) {
          String where = entity.key() + " " + entry.getKey() + "." + e.getKey();
          Variable<?> v = variable(legislation, String.valueOf(e.getKey()), where);
          if (v.entity() != entity) {
            throw new SituationException(
                where + ": " + v.name() + " is a " + v.entity().key() + " variable");
          }
          for (var pv : periodValues(e.getValue(), period, v, where).entrySet()) {
            try {
              values
                  .computeIfAbsent(v, k -> new LinkedHashMap<>())
                  .computeIfAbsent(pv.getKey(), k -> new LinkedHashMap<>())
                  .put(index.get(entry.getKey()), v.type().parse(pv.getValue()));
            } catch (IllegalArgumentException ex) {
              throw new SituationException(where + ": " + ex.getMessage());
            }
          }
        }
      }
      return this;
    }

    void commit() {
      values.forEach((v, byPeriod) -> byPeriod.forEach((p, byEntity) -> set(v, p, byEntity)));
    }

    private <A> void set(Variable<A> v, Period p, Map<Integer, Object> byEntity) {
      ValueType<A> type = v.type();
      int size = population.size(v);
      A array = type.allocate(size);
      type.fill(array, v.defaultValue());
      boolean[] given = new boolean[size];
      byEntity.forEach(
          (i, value) -> {
            type.set(array, i, value);
            given[i] = true;
          });
      boolean all = true;
      for (boolean g : given) {
        all &= g;
      }
      population.setInput(v, p, array, all ? null : given);
    }
  }

  /** A value, or a map of period → value, as (period, value) pairs. */
  static Map<Period, Object> periodValues(Object raw, Period period, Variable<?> v, String where) {
    Map<Period, Object> out = new LinkedHashMap<>();
    if (raw instanceof Map<?, ?> m) {
      for (var e : m.entrySet()) {
        try {
          out.put(normalise(Period.parse(String.valueOf(e.getKey())), v), e.getValue());
        } catch (IllegalArgumentException ex) {
          throw new SituationException(where + ": " + ex.getMessage());
        }
      }
    } else {
      out.put(normalise(period, v), raw);
    }
    return out;
  }

  private static Period normalise(Period p, Variable<?> v) {
    if (v.period() == PeriodUnit.ETERNITY) {
      return Period.ETERNITY;
    }
    if (v.period() == PeriodUnit.YEAR && p.unit() == PeriodUnit.MONTH) {
      return p.yearOf();
    }
    return p;
  }

  static Variable<?> variable(Legislation legislation, String name, String where) {
    try {
      return legislation.variable(name);
    } catch (IllegalArgumentException e) {
      throw new SituationException(where + ": " + e.getMessage());
    }
  }

  private static Map<?, ?> map(Object raw, String where) {
    if (raw instanceof Map<?, ?> m) {
      return m;
    }
    throw new SituationException(where + ": expected a map");
  }
}
