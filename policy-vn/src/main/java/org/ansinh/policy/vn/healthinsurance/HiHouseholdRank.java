package org.ansinh.policy.vn.healthinsurance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;

/**
 * Thứ tự người tham gia BHYT theo hộ gia đình: the person's rank (1, 2, …) among the household's
 * members who buy in the household scheme — head first, then spouse, children and others in the
 * order given; 0 outside the scheme. Members in any other group are neither ranked nor counted
 * (Luật BHYT Điều 13 khoản 1 điểm e as amended by Luật 46/2014/QH13; Nghị định 146/2018/NĐ-CP Điều
 * 5). The law fixes only the total, not who is first; this order is a convention.
 */
public final class HiHouseholdRank {

  public static final Variable<int[]> HI_HOUSEHOLD_RANK =
      Variable.integer("hi_household_rank")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thứ tự tham gia BHYT theo hộ gia đình (0 nếu không thuộc nhóm hộ gia đình)",
              "Rank in the household HI scheme (0 outside it)")
          .reference("Nghị định 146/2018/NĐ-CP, Điều 5 và Điều 7 khoản 1 điểm e")
          .formula(
              "2015-01-01",
              "Luật BHYT 25/2008/QH12 sửa đổi bởi Luật 46/2014/QH13, Điều 13 khoản 1 điểm e",
              HiHouseholdRank::compute)
          .build();

  private static void compute(Computation c, int[] out) {
    byte[] group = c.get(HiContributionGroup.HI_CONTRIBUTION_GROUP);
    boolean[] inScheme = new boolean[group.length];
    for (int i = 0; i < group.length; i++) {
      inScheme[i] = group[i] == HiGroup.HOUSEHOLD.ordinal();
    }
    int[] rank = c.rankInGroup(inScheme);
    System.arraycopy(rank, 0, out, 0, out.length);
  }

  private HiHouseholdRank() {}
}
