package org.ansinh.policy.vn.incentives;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.parameter.Bracket;
import org.ansinh.engine.parameter.Scale;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.CalculationException;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Trợ cấp ưu đãi hằng tháng: the monthly preferential allowance (with its monthly supplement where
 * there is one) of the annexes of Decree 75/2021/NĐ-CP as replaced by Decrees 55/2023/NĐ-CP and
 * 77/2024/NĐ-CP, and of Decree 321/2026/NĐ-CP:
 *
 * <ul>
 *   <li>relatives of martyrs: one, two or three standard levels for one, two, three or more martyrs
 *       (Annex I, trợ cấp tuất hằng tháng);
 *   <li>Vietnamese Heroic Mothers: a multiple of the standard level plus a fixed supplement (Annex
 *       I);
 *   <li>war invalids: the amount the table of Annex II gives for the exact body-injury rate (none
 *       below the table's first rate: a one-off allowance instead);
 *   <li>revolutionary activists from 1 January 1945 to the August 1945 uprising: a fixed amount
 *       (Annex I).
 * </ul>
 *
 * Amounts set as multiples of the standard level are rounded to the unit the decree says (to the
 * thousand đồng, Decree 321/2026/NĐ-CP, Art. 3 khoản 2), otherwise to the đồng. Where the amount a
 * person needs is not known for the period (an annex not encoded, a rate missing from the table, a
 * group not modelled) the calculation fails and says so: it never pays a silent zero.
 */
public final class MeritoriousAllowance {

  private static final String ROOT = "social_incentives.";
  private static final MeritoriousGroup[] GROUPS = MeritoriousGroup.values();

  public static final Variable<long[]> MERITORIOUS_ALLOWANCE =
      Variable.money("meritorious_allowance")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Trợ cấp, phụ cấp ưu đãi hằng tháng của người có công",
              "Monthly preferential allowance of a person with meritorious service")
          .reference("Pháp lệnh 02/2020/UBTVQH14; Nghị định 75/2021/NĐ-CP (sửa đổi), Phụ lục I, II")
          .formula(
              "2023-07-01",
              "Nghị định 75/2021/NĐ-CP sửa đổi bởi 55/2023/NĐ-CP, 77/2024/NĐ-CP; Nghị định"
                  + " 321/2026/NĐ-CP — Phụ lục I, II",
              MeritoriousAllowance::byGroup)
          .build();

  /** The annex amounts in force, read once; null where the period has none encoded. */
  private record Annexes(
      String date,
      Scale relatives,
      Double heroicMotherCoefficient,
      Long heroicMotherSupplement,
      Scale warInvalidTable,
      Long activistAmount,
      long roundingUnit) {

    static Annexes read(Computation c) {
      return new Annexes(
          c.date().toString(),
          c.scale(ROOT + "martyr_relatives.coefficient_by_martyrs"),
          c.inForce(ROOT + "heroic_mother.allowance_coefficient")
              ? c.number(ROOT + "heroic_mother.allowance_coefficient")
              : null,
          c.inForce(ROOT + "heroic_mother.supplement")
              ? c.money(ROOT + "heroic_mother.supplement")
              : null,
          c.inForce(ROOT + "war_invalid.monthly_allowance")
              ? c.scale(ROOT + "war_invalid.monthly_allowance")
              : null,
          c.inForce(ROOT + "pre_august_1945_activist.monthly_allowance")
              ? c.money(ROOT + "pre_august_1945_activist.monthly_allowance")
              : null,
          c.inForce(ROOT + "rounding_unit") ? c.money(ROOT + "rounding_unit") : 1);
    }

    long timesStandard(double coefficient, long standard) {
      return Math.round(coefficient * standard / roundingUnit) * roundingUnit;
    }

    CalculationException unknown(String what) {
      return new CalculationException(
          "meritorious_allowance on " + date + ": the amount for " + what + " is not known");
    }
  }

  private static void byGroup(Computation c, long[] out) {
    byte[] group = c.get(MeritoriousInputs.MERITORIOUS_GROUP);
    int[] martyrs = c.get(MeritoriousInputs.MARTYRS_COUNT);
    int[] injuryRate = c.get(MeritoriousInputs.WAR_INVALID_INJURY_RATE);
    long[] standard = c.get(MeritoriousStandardLevel.MERITORIOUS_STANDARD_LEVEL);
    Annexes a = Annexes.read(c);
    for (int i = 0; i < out.length; i++) {
      out[i] =
          switch (GROUPS[group[i]]) {
            case NONE -> 0;
            case MARTYR_RELATIVE -> a.timesStandard(a.relatives().lookup(martyrs[i]), standard[i]);
            case HEROIC_MOTHER -> heroicMother(a, standard[i]);
            case WAR_INVALID -> warInvalid(a, injuryRate[i]);
            case PRE_AUGUST_1945_ACTIVIST -> activist(a);
            case TOXIC_CHEMICAL_RESISTANCE -> throw a.unknown("people exposed to toxic chemicals");
          };
    }
  }

  private static long heroicMother(Annexes a, long standard) {
    if (a.heroicMotherCoefficient() == null || a.heroicMotherSupplement() == null) {
      throw a.unknown("Vietnamese Heroic Mothers");
    }
    return a.timesStandard(a.heroicMotherCoefficient(), standard) + a.heroicMotherSupplement();
  }

  /** The table's amount for exactly this rate: never the amount of a lower rate. */
  private static long warInvalid(Annexes a, int rate) {
    if (a.warInvalidTable() == null) {
      throw a.unknown("war invalids");
    }
    var brackets = a.warInvalidTable().brackets();
    if (brackets.isEmpty() || rate < brackets.get(0).threshold()) {
      return 0;
    }
    for (Bracket b : brackets) {
      if (b.threshold() == rate) {
        return Math.round(b.amount());
      }
    }
    throw a.unknown("war invalids with a body-injury rate of " + rate + "%");
  }

  private static long activist(Annexes a) {
    if (a.activistAmount() == null) {
      throw a.unknown("activists of 1 January 1945 to the August 1945 uprising");
    }
    return a.activistAmount();
  }

  private MeritoriousAllowance() {}
}
