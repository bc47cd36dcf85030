package org.ansinh.simulation.population;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ansinh.policy.vn.VietnamLegislation;
import org.ansinh.policy.vn.socialassistance.SocialAssistanceGroup;

/**
 * Orphans and disadvantaged pupils and students, drawn after the households, from the structure
 * they depend on (seed 004 names both groups; {@code is_orphan}, {@code disadvantaged_student}):
 *
 * <ul>
 *   <li><b>orphans</b> are children (under 16, the law's {@code child_max_age}) and live where a
 *       parent is missing: only in households whose head has no spouse in the household. The share
 *       of children who lost a parent is the shapes' {@code orphans.share_of_children}; those who
 *       lost both ({@code orphans.both_parents_share}) are the social assistance group of children
 *       without a source of support (Nghị định 20/2021/NĐ-CP, Điều 5 khoản 1), which the law reads
 *       for the monthly allowance;
 *   <li><b>disadvantaged pupils and students</b> are in school ({@code is_student}) and either
 *       orphans or in a household whose income per person is below a share of the city's median
 *       ({@code disadvantaged_student.income_below_median_share}) — "difficult circumstances" that
 *       need not reach the law's poverty line, as the seed says.
 * </ul>
 *
 * Its own random stream, so the households drawn before are the same with or without it.
 */
final class ChildCircumstances {

  /** The law's child age (Luật Trẻ em 2016, Điều 1: a child is a person under 16). */
  private static final String CHILD_AGE = "social_assistance.age.child_max_age";

  private static final byte SPOUSE = 1;
  private static final byte CHILD_NO_SUPPORT =
      (byte) SocialAssistanceGroup.CHILD_NO_SUPPORT.ordinal();

  private final double orphanShare;
  private final double bothParentsShare;
  private final double incomeBelowMedianShare;

  ChildCircumstances(Shapes shapes) {
    this.orphanShare = shapes.number("orphans", "share_of_children");
    this.bothParentsShare = shapes.number("orphans", "both_parents_share");
    this.incomeBelowMedianShare =
        shapes.number("disadvantaged_student", "income_below_median_share");
  }

  /**
   * @param reference the day ages are counted to
   */
  void draw(SyntheticPopulation p, LocalDate reference, SplittableRandom r) {
    // a child on the reference day: born after the day the child age limit's years before it
    int childAgeLimit =
        (int)
            Math.round(VietnamLegislation.get().parameters().get(CHILD_AGE).at(reference).number());
    long bornAtLimit = reference.minusYears(childAgeLimit).toEpochDay();
    boolean[] noSpouse = householdsWithoutSpouse(p);
    int children = 0;
    int childrenWithoutSpouse = 0;
    for (int i = 0; i < p.persons; i++) {
      if (p.birthDate[i] > bornAtLimit) {
        children++;
        childrenWithoutSpouse += noSpouse[p.household[i]] ? 1 : 0;
      }
    }
    // The city's share of orphans, all among the children of households without a spouse
    double chance =
        childrenWithoutSpouse == 0
            ? 0
            : Math.min(1, orphanShare * children / (double) childrenWithoutSpouse);
    long threshold = Math.round(incomeBelowMedianShare * medianIncomePerCapita(p));
    for (int i = 0; i < p.persons; i++) {
      int h = p.household[i];
      if (p.birthDate[i] > bornAtLimit && noSpouse[h] && r.nextDouble() < chance) {
        p.isOrphan[i] = true;
        if (r.nextDouble() < bothParentsShare) {
          p.socialAssistanceGroup[i] = CHILD_NO_SUPPORT;
        }
      }
      p.disadvantagedStudent[i] =
          p.isStudent[i] && (p.isOrphan[i] || p.incomePerCapita[h] < threshold);
    }
  }

  private static boolean[] householdsWithoutSpouse(SyntheticPopulation p) {
    boolean[] noSpouse = new boolean[p.households];
    Arrays.fill(noSpouse, true);
    for (int i = 0; i < p.persons; i++) {
      if (p.role[i] == SPOUSE) {
        noSpouse[p.household[i]] = false;
      }
    }
    return noSpouse;
  }

  /** The median over households, unweighted: the draw comes before raking. */
  private static long medianIncomePerCapita(SyntheticPopulation p) {
    long[] income = Arrays.copyOf(p.incomePerCapita, p.households);
    Arrays.sort(income);
    return income.length == 0 ? 0 : income[income.length / 2];
  }
}
