package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.household.AreaType;
import org.ansinh.policy.vn.household.CommuneArea;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.person.DisabilityLevel;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.person.Sex;
import org.ansinh.policy.vn.poverty.HouseholdPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;

/**
 * Đối tượng hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 03 tháng (Quyết định 46/2015/QĐ-TTg):
 * women, rural workers and people with disabilities, supported at the level of the highest group
 * they belong to — people with disabilities; members of poor ethnic-minority households or of poor
 * households in especially difficult communes; ethnic minorities, people with meritorious service,
 * members of poor households, of households whose land was recovered, women who lost their job and
 * fishers; members of near-poor households; other women and rural workers.
 *
 * <p>"Rural worker" is approximated by a rural household; "woman who lost her job" by a woman who
 * is unemployed. Residence and age are left to {@link VocationalTrainingSupport}.
 */
public final class VocationalTrainingSupportGroup {

  public static final Variable<byte[]> VOCATIONAL_TRAINING_SUPPORT_GROUP =
      Variable.enumeration("vocational_training_support_group", TrainingSupportGroup.class)
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Nhóm đối tượng hỗ trợ đào tạo sơ cấp, dưới 03 tháng",
              "Group for state support of elementary and under-3-month training")
          .reference("Quyết định 46/2015/QĐ-TTg")
          .formula(
              "2016-01-01",
              "Quyết định 46/2015/QĐ-TTg (đối tượng và mức hỗ trợ chi phí đào tạo)",
              VocationalTrainingSupportGroup::decision46)
          .build();

  private VocationalTrainingSupportGroup() {}

  private static void decision46(Computation c, byte[] out) {
    byte[] sex = c.get(PersonInputs.SEX);
    byte[] disability = c.get(PersonInputs.DISABILITY_LEVEL);
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    boolean[] minority = c.get(PersonInputs.ETHNIC_MINORITY);
    boolean[] meritorious = c.get(PersonInputs.IS_MERITORIOUS);
    boolean[] fisher = c.get(LabourMarketInputs.IS_FISHER);
    byte[] area = c.ofGroup(HouseholdInputs.AREA_TYPE);
    byte[] commune = c.ofGroup(HouseholdInputs.COMMUNE_AREA);
    byte[] poverty = c.ofGroup(HouseholdPovertyStatus.POVERTY_STATUS);
    boolean[] landRecovered = c.ofGroup(LabourMarketInputs.HOUSEHOLD_LAND_RECOVERED);
    for (int i = 0; i < out.length; i++) {
      boolean female = sex[i] == Sex.FEMALE.ordinal();
      boolean disabled = disability[i] != DisabilityLevel.NONE.ordinal();
      boolean poor = poverty[i] == PovertyStatus.POOR.ordinal();
      TrainingSupportGroup group;
      if (!female && !disabled && area[i] != AreaType.RURAL.ordinal()) {
        group = TrainingSupportGroup.NONE;
      } else if (disabled) {
        group = TrainingSupportGroup.DISABILITY;
      } else if (poor && (minority[i] || commune[i] == CommuneArea.EXTREMELY_DIFFICULT.ordinal())) {
        group = TrainingSupportGroup.POOR_EM_OR_DIFFICULT_AREA;
      } else if (minority[i]
          || meritorious[i]
          || poor
          || landRecovered[i]
          || (female && employment[i] == EmploymentStatus.UNEMPLOYED.ordinal())
          || fisher[i]) {
        group = TrainingSupportGroup.PRIORITY;
      } else if (poverty[i] == PovertyStatus.NEAR_POOR.ordinal()) {
        group = TrainingSupportGroup.NEAR_POOR;
      } else {
        group = TrainingSupportGroup.WOMAN_OR_RURAL;
      }
      out[i] = (byte) group.ordinal();
    }
  }
}
