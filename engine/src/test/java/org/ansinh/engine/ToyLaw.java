package org.ansinh.engine;

import java.util.List;
import java.util.Map;
import org.ansinh.engine.entity.Entity;
import org.ansinh.engine.entity.EntityModel;
import org.ansinh.engine.entity.Role;
import org.ansinh.engine.parameter.ParameterLoader;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * A tiny made-up legislation for the engine's tests: a wage tax whose rate changes on 2025-07-01, a
 * household allowance paid when the household's income per head is below a line, and a rule whose
 * formula itself changes date.
 */
public final class ToyLaw {

  public static final Entity PERSON = new Entity("person", "persons", "Người", "Person", List.of());
  public static final Entity HOUSEHOLD =
      new Entity(
          "household",
          "households",
          "Hộ",
          "Household",
          List.of(
              new Role("head", "head", 1, "Chủ hộ", "Head"),
              new Role("spouse", "spouse", 1, "Vợ/chồng", "Spouse"),
              new Role("child", "children", 0, "Con", "Child"),
              new Role("other", "others", 0, "Khác", "Other")));
  public static final EntityModel MODEL = new EntityModel(PERSON, HOUSEHOLD);

  public enum Status {
    NONE,
    POOR
  }

  public static final Variable<long[]> WAGE =
      Variable.money("wage").of(PERSON, PeriodUnit.MONTH).label("Lương", "Wage").build();

  public static final Variable<int[]> AGE =
      Variable.integer("age").of(PERSON, PeriodUnit.MONTH).label("Tuổi", "Age").build();

  public static final Variable<long[]> TAX =
      Variable.money("tax")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Thuế", "Tax")
          .formula(
              "2024-01-01",
              "Toy Act, Art. 1",
              (c, out) -> {
                long[] wage = c.get(WAGE);
                double rate = c.rate("tax.rate");
                for (int i = 0; i < out.length; i++) {
                  out[i] = Math.round(wage[i] * rate);
                }
              })
          .build();

  public static final Variable<long[]> INCOME_PER_HEAD =
      Variable.money("income_per_head")
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Thu nhập bình quân", "Income per head")
          .formula(
              "2024-01-01",
              "Toy Act, Art. 2",
              (c, out) -> {
                long[] total = c.sumByGroup(c.members(WAGE));
                int[] size = c.groupSize();
                for (int g = 0; g < out.length; g++) {
                  out[g] = total[g] / size[g];
                }
              })
          .build();

  public static final Variable<byte[]> STATUS =
      Variable.enumeration("status", Status.class)
          .of(HOUSEHOLD, PeriodUnit.MONTH)
          .label("Tình trạng", "Status")
          .formula(
              "2024-01-01",
              "Toy Act, Art. 3",
              (c, out) -> {
                long[] income = c.get(INCOME_PER_HEAD);
                long line = c.money("allowance.line");
                for (int g = 0; g < out.length; g++) {
                  out[g] =
                      (byte) (income[g] <= line ? Status.POOR.ordinal() : Status.NONE.ordinal());
                }
              })
          .build();

  /** Per person: the allowance when the household is poor; children count double from 2025-07. */
  public static final Variable<long[]> ALLOWANCE =
      Variable.money("allowance")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Trợ cấp", "Allowance")
          .formula("2024-01-01", "Toy Act, Art. 4", (c, out) -> allowance(c, out, 1))
          .formula("2025-07-01", "Toy Amendment, Art. 4", (c, out) -> allowance(c, out, 2))
          .build();

  private static void allowance(
      org.ansinh.engine.simulation.Computation c, long[] out, int childFactor) {
    byte[] status = c.ofGroup(STATUS);
    boolean[] child = c.hasRole("child");
    long amount = c.money("allowance.amount");
    for (int i = 0; i < out.length; i++) {
      out[i] = status[i] == Status.POOR.ordinal() ? amount * (child[i] ? childFactor : 1) : 0;
    }
  }

  public static final String TAX_RATE =
      """
      description: {vi: Thuế suất, en: Tax rate}
      unit: rate
      values:
        2024-01-01: {value: 0.1, reference: {document: Toy Act, article: Art. 1, effective: 2024-01-01}}
        2025-07-01: {value: 0.08, reference: {document: Toy Amendment, article: Art. 1, effective: 2025-07-01}}
      """;

  public static final String LINE =
      """
      description: {vi: Chuẩn nghèo, en: Poverty line}
      unit: VND/month
      values:
        2024-01-01: {value: 2000000, reference: {document: Toy Act, article: Art. 3, effective: 2024-01-01}}
      """;

  public static final String AMOUNT =
      """
      description: {vi: Mức trợ cấp, en: Allowance amount}
      unit: VND/month
      values:
        2024-01-01: {value: 500000, reference: {document: Toy Act, article: Art. 4, effective: 2024-01-01}}
      """;

  private ToyLaw() {}

  public static ParameterTree parameters() {
    return ParameterLoader.fromTexts(
        Map.of(
            "tax/rate.yaml",
            TAX_RATE,
            "allowance/line.yaml",
            LINE,
            "allowance/amount.yaml",
            AMOUNT));
  }

  public static Legislation legislation() {
    return Legislation.of(
        "toy", MODEL, parameters(), List.of(WAGE, AGE, TAX, INCOME_PER_HEAD, STATUS, ALLOWANCE));
  }
}
