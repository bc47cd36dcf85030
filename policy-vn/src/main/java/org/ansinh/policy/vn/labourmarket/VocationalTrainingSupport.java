package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.ResidenceRule;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Hỗ trợ chi phí đào tạo trình độ sơ cấp, đào tạo dưới 03 tháng từ ngân sách nhà nước (Quyết định
 * 46/2015/QĐ-TTg): a person of a supported group, of working age (Bộ luật Lao động 45/2019/QH14,
 * Điều 3 khoản 1, used as the floor), applying where they reside, gets at most the level of their
 * group for one course. Residence follows the national rule (permanent or temporary residence, Luật
 * Cư trú 68/2020/QH14, Điều 11) unless the province has its own (Hanoi: permanent only).
 */
public final class VocationalTrainingSupport {

  static final String PARAMETERS = "labour_market.vocational_training.state_budget";

  public static final Variable<boolean[]> VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE =
      Variable.bool("vocational_training_support_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Được hỗ trợ đào tạo sơ cấp, dưới 03 tháng tại nơi đang sống",
              "May receive state support for an elementary or under-3-month course where they live")
          .reference("Quyết định 46/2015/QĐ-TTg; Luật Cư trú 68/2020/QH14, Điều 11")
          .formula(
              "2021-07-01",
              "Quyết định 46/2015/QĐ-TTg; Bộ luật Lao động 2019, Điều 3 khoản 1; Luật Cư trú 2020,"
                  + " Điều 11",
              VocationalTrainingSupport::eligible)
          .build();

  public static final Variable<long[]> VOCATIONAL_TRAINING_SUPPORT_CAP =
      Variable.money("vocational_training_support_cap")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Mức hỗ trợ chi phí đào tạo tối đa (đồng/người/khóa)",
              "Maximum training-cost support (VND per course)")
          .reference("Quyết định 46/2015/QĐ-TTg")
          .unit("VND per course")
          .formula(
              "2016-01-01",
              "Quyết định 46/2015/QĐ-TTg (mức hỗ trợ chi phí đào tạo)",
              VocationalTrainingSupport::cap)
          .build();

  private VocationalTrainingSupport() {}

  private static void eligible(Computation c, boolean[] out) {
    byte[] group = c.get(VocationalTrainingSupportGroup.VOCATIONAL_TRAINING_SUPPORT_GROUP);
    int[] age = c.get(PersonInputs.AGE);
    boolean[] residence = ResidenceRule.admits(c, PARAMETERS + ".residence");
    int minAge = c.integer(PARAMETERS + ".min_age");
    for (int i = 0; i < out.length; i++) {
      out[i] = group[i] != TrainingSupportGroup.NONE.ordinal() && age[i] >= minAge && residence[i];
    }
  }

  private static void cap(Computation c, long[] out) {
    boolean[] eligible = c.get(VOCATIONAL_TRAINING_SUPPORT_ELIGIBLE);
    byte[] group = c.get(VocationalTrainingSupportGroup.VOCATIONAL_TRAINING_SUPPORT_GROUP);
    TrainingSupportGroup[] groups = TrainingSupportGroup.values();
    long[] level = new long[groups.length];
    for (TrainingSupportGroup g : groups) {
      if (g != TrainingSupportGroup.NONE) {
        level[g.ordinal()] = c.money(PARAMETERS + ".cap." + capKey(g));
      }
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = eligible[i] ? level[group[i]] : 0;
    }
  }

  /** The parameter under {@code cap} that holds the level of a group. */
  private static String capKey(TrainingSupportGroup g) {
    return switch (g) {
      case DISABILITY -> "disability";
      case POOR_EM_OR_DIFFICULT_AREA -> "poor_ethnic_minority_or_difficult_area";
      case PRIORITY -> "priority_group";
      case NEAR_POOR -> "near_poor";
      case WOMAN_OR_RURAL -> "woman_or_rural_worker";
      case NONE -> throw new IllegalArgumentException("no level for NONE");
    };
  }
}
