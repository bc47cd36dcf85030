package org.ansinh.server.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.entity.Role;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.variable.Variable;
import org.ansinh.server.platform.InvalidFieldException;

/**
 * A situation as OpenFisca's web API takes it: {@code persons} and {@code households} by id, each
 * with variables given as {@code {period: value}}; a {@code null} value asks for that variable in
 * that period. A value given without a period holds for the first period asked. Households name
 * their members by role ({@code head}, {@code spouse}, {@code children}, {@code others}).
 *
 * <p>Checked here, field by field, so that every error names the path of the value at fault (e.g.
 * {@code persons.worker.monthly_wage.2025-08}) and what it allows.
 */
final class CalculationRequest {

  /** A value asked for: one variable of one person or household in one period. */
  record Requested(String entityKey, String id, Variable<?> variable, Period period) {
    String path() {
      return entityKey + "." + id + "." + variable.name() + "." + period;
    }
  }

  private final Map<String, Object> situation;
  private final List<Requested> requested;
  private final Period defaultPeriod;

  private CalculationRequest(
      Map<String, Object> situation, List<Requested> requested, Period defaultPeriod) {
    this.situation = situation;
    this.requested = requested;
    this.defaultPeriod = defaultPeriod;
  }

  /** The situation without the requested nulls, in the engine's YAML-test shape. */
  Map<String, Object> situation() {
    return situation;
  }

  List<Requested> requested() {
    return requested;
  }

  Period defaultPeriod() {
    return defaultPeriod;
  }

  static CalculationRequest parse(Map<String, Object> body, Legislation legislation) {
    if (body == null || body.isEmpty()) {
      throw new InvalidFieldException(
          "body", "the request names no persons", "an object with persons (and households)");
    }
    Entity person = legislation.entities().person();
    Entity group = legislation.entities().group();
    for (String key : body.keySet()) {
      if (!key.equals(person.pluralKey()) && !key.equals(group.pluralKey())) {
        throw new InvalidFieldException(
            key, "unknown entity '" + key + "'", person.pluralKey() + ", " + group.pluralKey());
      }
    }
    Map<String, Object> persons = object(body.get(person.pluralKey()), person.pluralKey());
    if (persons.isEmpty()) {
      throw new InvalidFieldException(person.pluralKey(), "no persons given", "at least one");
    }
    Map<String, Object> groups =
        body.containsKey(group.pluralKey())
            ? object(body.get(group.pluralKey()), group.pluralKey())
            : Map.of();
    List<Requested> requested = new ArrayList<>();
    Map<String, Object> personInputs = entities(legislation, person, persons, null, requested);
    Map<String, Object> groupInputs =
        entities(legislation, group, groups, persons.keySet(), requested);
    if (requested.isEmpty()) {
      throw new InvalidFieldException(
          person.pluralKey(),
          "nothing to calculate",
          "at least one variable with a null value, e.g. {\"2025-08\": null}");
    }
    Map<String, Object> situation = new LinkedHashMap<>();
    situation.put(person.pluralKey(), personInputs);
    if (!groupInputs.isEmpty()) {
      situation.put(group.pluralKey(), groupInputs);
    }
    // Values given without a period hold for the first month or year asked.
    Period defaultPeriod =
        requested.stream()
            .map(Requested::period)
            .filter(p -> p.unit() != PeriodUnit.ETERNITY)
            .findFirst()
            .orElse(requested.get(0).period());
    return new CalculationRequest(situation, List.copyOf(requested), defaultPeriod);
  }

  private static Map<String, Object> entities(
      Legislation legislation,
      Entity entity,
      Map<String, Object> byId,
      Set<String> personIds,
      List<Requested> requested) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    Set<String> members = new LinkedHashSet<>();
    for (var e : byId.entrySet()) {
      String where = entity.pluralKey() + "." + e.getKey();
      Map<String, Object> variables = object(e.getValue(), where);
      Map<String, Object> given = new LinkedHashMap<>();
      for (var v : variables.entrySet()) {
        String field = where + "." + v.getKey();
        if (entity.isGroup() && entity.roleIndex(v.getKey()) >= 0) {
          given.put(
              v.getKey(), roleMembers(entity, v.getKey(), v.getValue(), field, personIds, members));
          continue;
        }
        Variable<?> variable = variable(legislation, entity, v.getKey(), field);
        Object values = values(variable, v.getValue(), field, e.getKey(), entity, requested);
        if (values != null) {
          given.put(v.getKey(), values);
        }
      }
      inputs.put(e.getKey(), given);
    }
    return inputs;
  }

  private static Object roleMembers(
      Entity group,
      String roleKey,
      Object raw,
      String field,
      Set<String> personIds,
      Set<String> seen) {
    List<?> ids = raw instanceof List<?> l ? l : List.of(raw == null ? "" : raw);
    Role role = group.roles().get(group.roleIndex(roleKey));
    if (role.max() > 0 && ids.size() > role.max()) {
      throw new InvalidFieldException(
          field, ids.size() + " persons in this role", "at most " + role.max());
    }
    List<String> out = new ArrayList<>();
    for (Object id : ids) {
      String s = String.valueOf(id);
      if (!personIds.contains(s)) {
        throw new InvalidFieldException(
            field, "names unknown person '" + s + "'", "ids under persons");
      }
      if (!seen.add(s)) {
        throw new InvalidFieldException(field, "person '" + s + "' is in two households");
      }
      out.add(s);
    }
    return out;
  }

  private static Variable<?> variable(
      Legislation legislation, Entity entity, String name, String field) {
    if (!legislation.hasVariable(name)) {
      throw new InvalidFieldException(
          field,
          "unknown variable '" + name + "'",
          entity.isGroup()
              ? "a household variable (GET /api/v1/variables) or a role: head, spouse, children, others"
              : "a person variable (GET /api/v1/variables)");
    }
    Variable<?> v = legislation.variable(name);
    if (v.entity() != entity) {
      throw new InvalidFieldException(
          field,
          name + " is a " + v.entity().key() + " variable",
          "under " + v.entity().pluralKey());
    }
    return v;
  }

  /** The given values as {period: value}, a scalar as is; the nulls go to {@code requested}. */
  private static Object values(
      Variable<?> v,
      Object raw,
      String field,
      String id,
      Entity entity,
      List<Requested> requested) {
    if (!(raw instanceof Map<?, ?> byPeriod)) {
      if (raw == null) {
        throw new InvalidFieldException(
            field, "a value to calculate needs its period", "{\"YYYY-MM\": null}");
      }
      parse(v, raw, field);
      return raw;
    }
    Map<String, Object> given = new LinkedHashMap<>();
    for (var pv : byPeriod.entrySet()) {
      String key = String.valueOf(pv.getKey());
      String at = field + "." + key;
      Period p = period(v, key, at);
      if (pv.getValue() == null) {
        requested.add(new Requested(entity.pluralKey(), id, v, p));
      } else {
        parse(v, pv.getValue(), at);
        given.put(key, pv.getValue());
      }
    }
    return given.isEmpty() ? null : given;
  }

  private static Period period(Variable<?> v, String text, String field) {
    if (v.period() == PeriodUnit.ETERNITY) {
      return Period.ETERNITY;
    }
    String allowed = v.period() == PeriodUnit.MONTH ? "a month, YYYY-MM" : "a year, YYYY";
    Period p;
    try {
      p = Period.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "'" + text + "' is not a period", allowed);
    }
    if (p.unit() != v.period()) {
      throw new InvalidFieldException(
          field, v.name() + " is defined by " + v.period().name().toLowerCase(), allowed);
    }
    return p;
  }

  private static void parse(Variable<?> v, Object value, String field) {
    try {
      v.type().parse(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, e.getMessage(), allowedValues(v));
    }
  }

  private static String allowedValues(Variable<?> v) {
    if (v.type() instanceof EnumType<?> e) {
      List<String> names = new ArrayList<>();
      for (Object c : e.constants()) {
        names.add(((Enum<?>) c).name());
      }
      return String.join(", ", names);
    }
    return switch (v.type().name()) {
      case "money" -> "a whole amount in đồng";
      case "boolean" -> "true or false";
      case "integer" -> "a whole number";
      case "date" -> "a date, YYYY-MM-DD";
      default -> v.type().name() + " (see GET /api/v1/variables)";
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object raw, String field) {
    if (raw instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new InvalidFieldException(field, "expected an object", "{ id: { variable: values } }");
  }
}
