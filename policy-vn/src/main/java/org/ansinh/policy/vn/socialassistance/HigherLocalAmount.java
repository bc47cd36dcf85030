package org.ansinh.policy.vn.socialassistance;

import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.household.HouseholdInputs;

/**
 * A national amount that a city's People's Council may raise for its own residents (Decree
 * 20/2021/NĐ-CP, Art. 4.3; Decree 176/2025/NĐ-CP, Art. 3): each person gets the higher of the
 * national amount and their city's, where the city's is in force.
 */
final class HigherLocalAmount {

  private HigherLocalAmount() {}

  static void fill(Computation c, long[] out, String national, String hcmc, String hanoi) {
    int[] province = c.ofGroup(HouseholdInputs.PROVINCE);
    long nationalAmount = c.money(national);
    long hcmcAmount = c.inForce(hcmc) ? c.money(hcmc) : 0;
    long hanoiAmount = c.inForce(hanoi) ? c.money(hanoi) : 0;
    for (int i = 0; i < out.length; i++) {
      long local =
          province[i] == HouseholdInputs.HO_CHI_MINH_CITY
              ? hcmcAmount
              : province[i] == HouseholdInputs.HANOI ? hanoiAmount : 0;
      out[i] = Math.max(nationalAmount, local);
    }
  }
}
