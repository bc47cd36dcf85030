package org.ansinh.engine.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.entity.EntityModel;
import org.ansinh.engine.period.Period;
import org.ansinh.engine.simulation.Population;
import org.ansinh.engine.value.BooleanType;
import org.ansinh.engine.value.DateType;
import org.ansinh.engine.value.DecimalType;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.value.IntegerType;
import org.ansinh.engine.value.MoneyType;
import org.ansinh.engine.variable.Variable;

/** The columns of a population CSV: what each holds and where its values go. */
final class CsvColumns {

  enum Kind {
    HOUSEHOLD_ID,
    ROLE,
    PERSON_ID,
    INT,
    MONEY,
    DECIMAL,
    BOOL,
    ENUM,
    DATE
  }

  final String[] names;
  final Kind[] kinds;
  final Variable<?>[] variables;
  final boolean[] groupColumn;
  final byte[][][] enumNames;
  final byte[][] roleKeys;
  final int householdColumn;
  final Period period;

  private CsvColumns(
      String[] names,
      Kind[] kinds,
      Variable<?>[] variables,
      boolean[] groupColumn,
      byte[][][] enumNames,
      byte[][] roleKeys,
      int householdColumn,
      Period period) {
    this.names = names;
    this.kinds = kinds;
    this.variables = variables;
    this.groupColumn = groupColumn;
    this.enumNames = enumNames;
    this.roleKeys = roleKeys;
    this.householdColumn = householdColumn;
    this.period = period;
  }

  static CsvColumns of(Legislation legislation, String header, Period period) {
    String[] names = header.split(",", -1);
    int n = names.length;
    Kind[] kinds = new Kind[n];
    Variable<?>[] variables = new Variable<?>[n];
    boolean[] groupColumn = new boolean[n];
    byte[][][] enumNames = new byte[n][][];
    Set<String> seen = new HashSet<>();
    int household = -1;
    int role = -1;
    for (int i = 0; i < n; i++) {
      String name = names[i].trim().replace("\"", "");
      names[i] = name;
      if (!seen.add(name)) {
        throw new CsvFormatException("header: column '" + name + "' appears twice");
      }
      switch (name) {
        case PopulationCsvReader.HOUSEHOLD_ID -> {
          kinds[i] = Kind.HOUSEHOLD_ID;
          household = i;
        }
        case PopulationCsvReader.ROLE -> {
          kinds[i] = Kind.ROLE;
          role = i;
        }
        case PopulationCsvReader.PERSON_ID -> kinds[i] = Kind.PERSON_ID;
        default -> {
          Variable<?> v;
          try {
            v = legislation.variable(name);
          } catch (IllegalArgumentException e) {
            throw new CsvFormatException("header, column " + (i + 1) + ": " + e.getMessage());
          }
          variables[i] = v;
          groupColumn[i] = v.entity().isGroup();
          kinds[i] = kindOf(v);
          if (v.type() instanceof EnumType<?> e) {
            enumNames[i] = enumNames(e);
          }
        }
      }
    }
    if (household < 0 || role < 0) {
      throw new CsvFormatException(
          "header: columns 'household_id' and 'role' are required; found "
              + String.join(",", names));
    }
    Entity group = legislation.entities().group();
    byte[][] roleKeys = new byte[group.roles().size() * 2][];
    for (int r = 0; r < group.roles().size(); r++) {
      roleKeys[2 * r] = group.roles().get(r).key().getBytes(StandardCharsets.UTF_8);
      roleKeys[2 * r + 1] = group.roles().get(r).pluralKey().getBytes(StandardCharsets.UTF_8);
    }
    return new CsvColumns(
        names, kinds, variables, groupColumn, enumNames, roleKeys, household, period);
  }

  private static Kind kindOf(Variable<?> v) {
    Object type = v.type();
    if (type instanceof IntegerType) {
      return Kind.INT;
    } else if (type instanceof MoneyType) {
      return Kind.MONEY;
    } else if (type instanceof DecimalType) {
      return Kind.DECIMAL;
    } else if (type instanceof BooleanType) {
      return Kind.BOOL;
    } else if (type instanceof EnumType<?>) {
      return Kind.ENUM;
    } else if (type instanceof DateType) {
      return Kind.DATE;
    }
    throw new IllegalStateException("no CSV reader for " + type);
  }

  /** Names and codes of each constant, lower-cased, indexed by ordinal: {name, code}. */
  private static byte[][] enumNames(EnumType<?> type) {
    Object[] constants = type.constants();
    byte[][] names = new byte[constants.length * 2][];
    for (int i = 0; i < constants.length; i++) {
      names[2 * i] = ((Enum<?>) constants[i]).name().toLowerCase().getBytes(StandardCharsets.UTF_8);
      String code = constants[i] instanceof org.ansinh.engine.value.Coded c ? c.code() : null;
      names[2 * i + 1] = code == null ? new byte[0] : code.getBytes(StandardCharsets.UTF_8);
    }
    return names;
  }

  /** The household id field of the line {@code [start, end)}. */
  byte[] householdIdOf(byte[] b, int start, int end) {
    int field = 0;
    int s = start;
    for (int i = start; i <= end; i++) {
      if (i == end || b[i] == ',' || b[i] == '\r') {
        if (field == householdColumn) {
          return java.util.Arrays.copyOfRange(b, s, i);
        }
        field++;
        s = i + 1;
      }
    }
    return new byte[0];
  }

  /** The columns to parse into: with identifiers, and their hashes to find duplicates. */
  Target allocate(int persons, int groups) {
    boolean personIds = false;
    for (Kind k : kinds) {
      personIds |= k == Kind.PERSON_ID;
    }
    return allocate(persons, groups, personIds, true, true, null);
  }

  /**
   * @param personIds whether the file has person identifiers
   * @param ids whether to keep identifiers (else no array is made for them)
   * @param parsing whether the columns are parsed (identifier hashes are kept to find duplicates)
   * @param only the variables to make columns for, or null for all
   */
  Target allocate(
      int persons, int groups, boolean personIds, boolean ids, boolean parsing, Set<String> only) {
    Object[] arrays = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      if (variables[i] != null && (only == null || only.contains(names[i]))) {
        arrays[i] = variables[i].type().allocate(groupColumn[i] ? groups : persons);
      }
    }
    return new Target(persons, groups, arrays, personIds && ids, ids, parsing);
  }

  /** The columns being filled, shared by the segment parsers (each writes its own range). */
  final class Target {
    final int groupCount;
    final int[] groupOfPerson;
    final byte[] roleOfPerson;
    final String[] groupIds;
    final String[] personIds;
    final Object[] arrays;
    final boolean[][] given;
    final long[] groupIdHashes;

    Target(
        int persons,
        int groups,
        Object[] arrays,
        boolean withPersonIds,
        boolean withGroupIds,
        boolean parsing) {
      this.groupCount = groups;
      this.groupOfPerson = new int[persons];
      this.roleOfPerson = new byte[persons];
      this.groupIds = withGroupIds ? new String[groups] : null;
      this.personIds = withPersonIds ? new String[persons] : null;
      this.arrays = arrays;
      this.given = new boolean[arrays.length][];
      this.groupIdHashes = parsing ? new long[groups] : null;
    }

    /** The "given" mask of a column, created (all true) the first time a cell is empty. */
    synchronized boolean[] givenMask(int column) {
      if (given[column] == null) {
        boolean[] mask = new boolean[groupColumn[column] ? groupCount : groupOfPerson.length];
        java.util.Arrays.fill(mask, true);
        given[column] = mask;
      }
      return given[column];
    }

    /**
     * @param ids whether the population keeps the households' and persons' identifiers (else they
     *     are numbered: for analyses that never print them)
     * @param only the variables the population gets, or null for all; the others are marked unread
     */
    Population toPopulation(EntityModel model, boolean ids, Set<String> only) {
      Population p =
          new Population(
              model,
              groupCount,
              groupOfPerson,
              roleOfPerson,
              ids ? personIds : null,
              ids ? groupIds : null);
      List<String> unread = new ArrayList<>();
      for (int i = 0; i < arrays.length; i++) {
        if (variables[i] != null) {
          if (only == null || only.contains(names[i])) {
            set(p, variables[i], arrays[i], given[i]);
          } else {
            unread.add(names[i]);
          }
        }
      }
      p.markUnread(unread);
      return p;
    }

    @SuppressWarnings("unchecked")
    private <A> void set(Population p, Variable<A> v, Object values, boolean[] mask) {
      p.setInput(v, period, (A) values, mask);
    }

    /** After a parse: a household id seen in two runs of rows means the file is not sorted. */
    void checkHouseholdsConsecutive() {
      long[] sorted = groupIdHashes.clone();
      java.util.Arrays.parallelSort(sorted);
      List<Long> duplicates = new ArrayList<>();
      for (int i = 1; i < sorted.length && duplicates.size() < 1; i++) {
        if (sorted[i] == sorted[i - 1]) {
          duplicates.add(sorted[i]);
        }
      }
      if (!duplicates.isEmpty()) {
        for (int g = 0; g < groupIdHashes.length; g++) {
          if (groupIdHashes[g] == duplicates.get(0)) {
            throw new CsvFormatException(
                "household '"
                    + groupIds[g]
                    + "' appears in rows that are not consecutive; sort the file by household_id");
          }
        }
      }
    }
  }
}
