package org.ansinh.policy.vn.reforms;

import java.time.LocalDate;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.reform.Reform;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.socialassistance.EmergencyCashTransfer;
import org.ansinh.policy.vn.socialinsurance.CompulsorySiCoverage;

/**
 * Seed 000: "pre-registered, community-based databases and transparent targeting systems to deliver
 * timely and equitable assistance during crises". A cash transfer of {@code amount} a month, for
 * {@code months} months from {@code from}, to every informal worker pre-registered in the social
 * registry, whatever their residence registration. Informal worker: self-employed or contributing
 * family worker; an employee outside compulsory social insurance; or unemployed without UI benefit
 * (the free workers who lost their work, whom the 2021 package reached). The default amount follows
 * the precedent for free workers in Resolution 68/NQ-CP (2021).
 */
public final class EmergencyTransfer implements SeedReform {

  @Override
  public String name() {
    return "emergency_cash_transfer";
  }

  @Override
  public Reform build(ReformDefinition d, ReformSettings s, Legislation baseline) {
    long amount = Math.round(s.number("amount"));
    LocalDate until = s.from().plusMonths((long) s.number("months"));
    String basis = d.source().basis();
    return SeedReform.start(d, s)
        .replace(
            FormulaFrom.replace(
                EmergencyCashTransfer.EMERGENCY_CASH_TRANSFER,
                s.from(),
                basis,
                (c, out) -> pay(c, out, amount, until)))
        .build();
  }

  private static void pay(Computation c, long[] out, long amount, LocalDate until) {
    boolean[] registered = c.get(PersonInputs.REGISTERED_IN_SOCIAL_REGISTRY);
    byte[] employment = c.get(PersonInputs.EMPLOYMENT_STATUS);
    boolean[] covered = c.get(CompulsorySiCoverage.COMPULSORY_SI_COVERED);
    boolean[] uiBenefit = c.get(PersonInputs.RECEIVING_UI_BENEFIT);
    if (!c.date().isBefore(until)) {
      return;
    }
    EmploymentStatus[] statuses = EmploymentStatus.values();
    for (int i = 0; i < out.length; i++) {
      EmploymentStatus status = statuses[employment[i]];
      boolean informal =
          switch (status) {
            case SELF_EMPLOYED, FAMILY_WORKER -> true;
            case EMPLOYEE -> !covered[i];
            case UNEMPLOYED -> !uiBenefit[i];
            default -> false;
          };
      if (registered[i] && informal) {
        out[i] = amount;
      }
    }
  }
}
