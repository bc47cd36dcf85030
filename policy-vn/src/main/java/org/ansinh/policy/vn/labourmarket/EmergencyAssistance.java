package org.ansinh.policy.vn.labourmarket;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.NationalPovertyStatus;
import org.ansinh.policy.vn.poverty.PovertyStatus;
import org.ansinh.policy.vn.socialinsurance.CompulsorySiCoverage;

/**
 * Who emergency support would cover if an emergency were declared, on the precedent of the COVID-19
 * packages: members of poor and near-poor households by the national standard (Nghị quyết 42/NQ-CP,
 * 2020), workers without a labour contract who lose their work (Nghị quyết 42/NQ-CP; Nghị quyết
 * 68/NQ-CP and Quyết định 23/2021/QĐ-TTg, 2021), and employees in compulsory social insurance whose
 * contract is suspended or ended (Nghị quyết 68/NQ-CP). The model assumes the emergency costs every
 * worker their work or pay; each group is a cited boolean parameter ({@code
 * labour_market.emergency_support.covers.*}) so a scenario can switch it off.
 *
 * <p>Not a standing entitlement: each package was its own resolution, and the parameters say so
 * ({@code uncertain:}). The standing emergency social assistance of Nghị định 20/2021/NĐ-CP, Chương
 * III (food, necessities, shelter after a disaster or epidemic) covers households by the harm they
 * suffer, which the population does not record, so it is not modelled here.
 */
public final class EmergencyAssistance {

  private static final String C = "labour_market.emergency_support.covers";

  public static final Variable<boolean[]> EMERGENCY_ASSISTANCE_ELIGIBLE =
      Variable.bool("emergency_assistance_eligible")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Thuộc nhóm được hỗ trợ khẩn cấp khi có tình huống khẩn cấp (theo tiền lệ COVID-19)",
              "In a group emergency support covers in a declared emergency (COVID-19 precedent)")
          .reference("Nghị quyết 42/NQ-CP (2020); Nghị quyết 68/NQ-CP; Quyết định 23/2021/QĐ-TTg")
          .formula(
              "2020-04-09",
              "Nghị quyết 42/NQ-CP; Nghị quyết 68/NQ-CP; Quyết định 23/2021/QĐ-TTg",
              EmergencyAssistance::compute)
          .build();

  private EmergencyAssistance() {}

  private static void compute(Computation c, boolean[] out) {
    byte[] poverty = c.ofGroup(NationalPovertyStatus.POVERTY_STATUS_NATIONAL);
    byte[] status = c.get(PersonInputs.EMPLOYMENT_STATUS);
    boolean[] compulsory = c.get(CompulsorySiCoverage.COMPULSORY_SI_COVERED);
    boolean poorCovered = covers(c, "poor_and_near_poor");
    boolean informalCovered = covers(c, "workers_without_contract");
    boolean employeesCovered = covers(c, "employees_in_compulsory_si");
    for (int i = 0; i < out.length; i++) {
      boolean poor =
          poverty[i] == PovertyStatus.POOR.ordinal()
              || poverty[i] == PovertyStatus.NEAR_POOR.ordinal();
      boolean working = EmploymentStatus.isEmployed(status[i]);
      out[i] =
          (poorCovered && poor)
              || (informalCovered && working && !compulsory[i])
              || (employeesCovered && compulsory[i]);
    }
  }

  /** A group's flag, false before its first precedent. */
  private static boolean covers(Computation c, String group) {
    String path = C + "." + group;
    return c.hasParameter(path) && c.flag(path);
  }
}
