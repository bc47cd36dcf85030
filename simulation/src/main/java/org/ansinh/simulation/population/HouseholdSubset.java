package org.ansinh.simulation.population;

/**
 * Some households of a population, whole, as a population of their own: for a law run that only
 * concerns a few people (those who lost a job in the year, say), so that the law is not computed
 * for the whole city. Households are kept whole so that any rule reading the household sees the
 * same members; every person input and household fact the law reads is copied.
 *
 * @param part the selected households, members in their original order
 * @param origin for each person of {@code part}, their index in the whole population
 */
public record HouseholdSubset(SyntheticPopulation part, int[] origin) {

  /** The households that hold at least one person {@code wanted}. */
  public static HouseholdSubset of(SyntheticPopulation p, boolean[] wanted) {
    boolean[] household = new boolean[p.households];
    int persons = 0;
    for (int i = 0; i < p.persons; i++) {
      household[p.household[i]] |= wanted[i];
    }
    for (int i = 0; i < p.persons; i++) {
      persons += household[p.household[i]] ? 1 : 0;
    }
    SyntheticPopulation s = new SyntheticPopulation(p.city, Math.max(1, persons));
    int[] origin = new int[persons];
    int k = 0;
    int h = -1;
    for (int i = 0; i < p.persons; i++) {
      int g = p.household[i];
      if (!household[g]) {
        continue;
      }
      if (k == 0 || p.household[origin[k - 1]] != g) {
        h++;
        s.wardCode[h] = p.wardCode[g];
        s.areaType[h] = p.areaType[g];
        s.incomePerCapita[h] = p.incomePerCapita[g];
        s.deprivations[h] = p.deprivations[g];
        s.weight[h] = p.weight[g];
      }
      origin[k] = i;
      s.household[k] = h;
      s.role[k] = p.role[i];
      s.birthDate[k] = p.birthDate[i];
      s.sex[k] = p.sex[i];
      s.residence[k] = p.residence[i];
      s.employment[k] = p.employment[i];
      s.contractMonths[k] = p.contractMonths[i];
      s.wage[k] = p.wage[i];
      s.siMonths[k] = p.siMonths[i];
      s.uiMonths[k] = p.uiMonths[i];
      s.uiMonthsLast24[k] = p.uiMonthsLast24[i];
      s.monthsWorked[k] = p.monthsWorked[i];
      s.registeredInSocialRegistry[k] = p.registeredInSocialRegistry[i];
      s.receivingUiBenefit[k] = p.receivingUiBenefit[i];
      s.disability[k] = p.disability[i];
      s.hasPension[k] = p.hasPension[i];
      s.isStudent[k] = p.isStudent[i];
      s.socialAssistanceGroup[k] = p.socialAssistanceGroup[i];
      s.isOrphan[k] = p.isOrphan[i];
      s.disadvantagedStudent[k] = p.disadvantagedStudent[i];
      k++;
    }
    s.households = h + 1;
    return new HouseholdSubset(s, origin);
  }

  /** A column of the whole population, sliced to the subset's persons. */
  public byte[] slice(byte[] whole) {
    byte[] out = new byte[origin.length];
    for (int k = 0; k < origin.length; k++) {
      out[k] = whole[origin[k]];
    }
    return out;
  }

  /** The subset's values put back at their persons' places; false for everyone else. */
  public boolean[] spread(boolean[] values, int persons) {
    boolean[] out = new boolean[persons];
    for (int k = 0; k < origin.length; k++) {
      out[origin[k]] = values[k];
    }
    return out;
  }

  /** The subset's values put back at their persons' places; 0 for everyone else. */
  public int[] spread(int[] values, int persons) {
    int[] out = new int[persons];
    for (int k = 0; k < origin.length; k++) {
      out[origin[k]] = values[k];
    }
    return out;
  }
}
