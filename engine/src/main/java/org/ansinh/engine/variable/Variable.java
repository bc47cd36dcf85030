package org.ansinh.engine.variable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.value.EnumType;
import org.ansinh.engine.value.ValueType;

/**
 * A named quantity the law defines or needs, for one kind of entity and one kind of period.
 *
 * <p>A variable without formulas is an input. A variable with formulas is computed by the formula
 * in force on the first day of the period asked, unless the population gives it as input; outside
 * every formula's dates it takes its default. Two formulas whose dates overlap are refused when the
 * variable is built.
 *
 * @param <A> the primitive array holding one value per entity ({@code long[]} for money, …)
 */
public final class Variable<A> {

  private final String name;
  private final Entity entity;
  private final PeriodUnit period;
  private final ValueType<A> type;
  private final Object defaultValue;
  private final String labelVi;
  private final String labelEn;
  private final String reference;
  private final String unit;
  private final List<DatedFormula<A>> formulas;

  private Variable(Builder<A> b) {
    this.name = b.name;
    this.entity = b.entity;
    this.period = b.period;
    this.type = b.type;
    this.defaultValue = b.defaultValue == null ? b.type.zero() : b.type.parse(b.defaultValue);
    this.labelVi = b.labelVi;
    this.labelEn = b.labelEn;
    this.reference = b.reference;
    this.unit = b.unit;
    List<DatedFormula<A>> sorted = new ArrayList<>(b.formulas);
    sorted.sort(Comparator.comparing(DatedFormula::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).start().equals(sorted.get(i).start())
          || sorted.get(i - 1).overlaps(sorted.get(i))) {
        throw new IllegalArgumentException(
            name
                + ": formulas "
                + sorted.get(i - 1).version()
                + " and "
                + sorted.get(i).version()
                + " overlap");
      }
    }
    this.formulas = List.copyOf(sorted);
  }

  public static Builder<boolean[]> bool(String name) {
    return new Builder<>(name, ValueType.BOOLEAN);
  }

  public static Builder<int[]> integer(String name) {
    return new Builder<>(name, ValueType.INTEGER);
  }

  public static Builder<long[]> money(String name) {
    return new Builder<>(name, ValueType.MONEY).unit("VND");
  }

  public static Builder<double[]> rate(String name) {
    return new Builder<>(name, ValueType.RATE).unit("rate");
  }

  public static Builder<double[]> decimal(String name) {
    return new Builder<>(name, ValueType.DECIMAL);
  }

  public static Builder<int[]> date(String name) {
    return new Builder<>(name, ValueType.DATE);
  }

  public static <E extends Enum<E>> Builder<byte[]> enumeration(String name, Class<E> values) {
    return new Builder<>(name, new EnumType<>(values));
  }

  public String name() {
    return name;
  }

  public Entity entity() {
    return entity;
  }

  public PeriodUnit period() {
    return period;
  }

  public ValueType<A> type() {
    return type;
  }

  public Object defaultValue() {
    return defaultValue;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  public String label(String lang) {
    return "vi".equals(lang) ? labelVi : labelEn;
  }

  /** The legal basis of the variable as a whole, or null for plain facts. */
  public String reference() {
    return reference;
  }

  public String unit() {
    return unit;
  }

  public List<DatedFormula<A>> formulas() {
    return formulas;
  }

  public boolean isInput() {
    return formulas.isEmpty();
  }

  /** The formula in force on {@code date}, or null. */
  public DatedFormula<A> formulaAt(LocalDate date) {
    for (DatedFormula<A> f : formulas) {
      if (f.covers(date)) {
        return f;
      }
    }
    return null;
  }

  /** A copy with other formulas: how a reform replaces (or, with none, neutralises) a rule. */
  public Variable<A> withFormulas(List<DatedFormula<A>> replacement) {
    Builder<A> b = toBuilder();
    b.formulas.clear();
    b.formulas.addAll(replacement);
    return b.build();
  }

  public Builder<A> toBuilder() {
    Builder<A> b = new Builder<>(name, type);
    b.entity = entity;
    b.period = period;
    b.defaultValue = defaultValue;
    b.labelVi = labelVi;
    b.labelEn = labelEn;
    b.reference = reference;
    b.unit = unit;
    b.formulas.addAll(formulas);
    return b;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a variable; entity, period and both labels are required. */
  public static final class Builder<A> {
    private final String name;
    private final ValueType<A> type;
    private Entity entity;
    private PeriodUnit period;
    private Object defaultValue;
    private String labelVi;
    private String labelEn;
    private String reference;
    private String unit;
    private final List<DatedFormula<A>> formulas = new ArrayList<>();

    private Builder(String name, ValueType<A> type) {
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException("variable names are snake_case: " + name);
      }
      this.name = name;
      this.type = type;
    }

    public Builder<A> of(Entity entity, PeriodUnit period) {
      this.entity = entity;
      this.period = period;
      return this;
    }

    public Builder<A> label(String vi, String en) {
      this.labelVi = vi;
      this.labelEn = en;
      return this;
    }

    public Builder<A> defaultValue(Object value) {
      this.defaultValue = value;
      return this;
    }

    public Builder<A> reference(String reference) {
      this.reference = reference;
      return this;
    }

    public Builder<A> unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** A formula in force from {@code since} (YYYY-MM-DD) until the next one starts. */
    public Builder<A> formula(String since, String basis, Formula<A> formula) {
      return formula(since, null, basis, formula);
    }

    /** A formula in force on {@code [since, until)}; {@code until} null for no end. */
    public Builder<A> formula(String since, String until, String basis, Formula<A> formula) {
      formulas.add(
          new DatedFormula<>(
              LocalDate.parse(since),
              until == null ? null : LocalDate.parse(until),
              basis,
              formula));
      return this;
    }

    public Variable<A> build() {
      if (entity == null || period == null) {
        throw new IllegalArgumentException(name + ": entity and period are required (of(...))");
      }
      if (labelVi == null || labelEn == null) {
        throw new IllegalArgumentException(
            name + ": labels in Vietnamese and English are required");
      }
      // A formula without an end runs until the next one starts.
      List<DatedFormula<A>> sorted = new ArrayList<>(formulas);
      sorted.sort(Comparator.comparing(DatedFormula::start));
      formulas.clear();
      for (int i = 0; i < sorted.size(); i++) {
        DatedFormula<A> f = sorted.get(i);
        if (f.end() == null && i + 1 < sorted.size()) {
          f = new DatedFormula<>(f.start(), sorted.get(i + 1).start(), f.basis(), f.formula());
        }
        formulas.add(f);
      }
      return new Variable<>(this);
    }
  }
}
