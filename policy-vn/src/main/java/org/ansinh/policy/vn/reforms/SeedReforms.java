package org.ansinh.policy.vn.reforms;

import java.time.LocalDate;
import org.ansinh.engine.parameter.Parameter;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.parameter.Reference;
import org.ansinh.engine.reform.Reform;

/**
 * Reforms from the seed studies, effective from a date the analyst chooses (default 2026-01-01).
 */
public final class SeedReforms {

  public static final LocalDate DEFAULT_FROM = LocalDate.of(2026, 1, 1); // a default, not law

  private static final String SUPPORT = "social_insurance.voluntary.state_support.";
  private static final String[] SUPPORT_GROUPS = {
    "poor", "near_poor", "ethnic_minority", "island_commune", "other"
  };

  private SeedReforms() {}

  /**
   * The state pays at least {@code rate} of the voluntary contribution at the floor, for every
   * participant: "voluntary social insurance participants are supported by the state with the
   * highest level of up to 50%" (seed 004, Thanh et al. 2025, proposals).
   */
  public static Reform voluntarySiSupport(ParameterTree baseline, double rate, LocalDate from) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException(
          "voluntary_si_support: rate must be between 0 and 1, got " + rate);
    }
    Reference source =
        new Reference(
            "Thanh et al. (2025), J. Cultural Analysis and Social Change 10(4) — seed 004",
            "Implementing Social Security Policy in the Current Context: A Case Study of Ho Chi Minh City",
            "proposal: state support of voluntary SI contributions up to 50%",
            from,
            "https://doi.org/10.64753/jcasc.v10i4.2793");
    Reform.Builder b =
        Reform.named("voluntary_si_support")
            .title(
                "Hỗ trợ tối thiểu " + percent(rate) + " tiền đóng BHXH tự nguyện",
                "Voluntary SI support of at least " + percent(rate))
            .description(
                "Every voluntary SI participant's state support rate is raised to at least "
                    + percent(rate)
                    + " (seed 004).");
    for (String group : SUPPORT_GROUPS) {
      Parameter p = baseline.get(SUPPORT + group);
      double current = p.at(from).number();
      b.set(p.path(), from, Math.max(current, rate), source);
    }
    return b.build();
  }

  /**
   * Local benefits and services no longer depend on where one is registered: every residence status
   * may apply where it lives (seed 000's first recommendation: delink benefits from household
   * registration). Every {@code basic_services.residence_access} rule, national and provincial,
   * opens to temporary and unregistered residents.
   */
  public static Reform delinkResidence(ParameterTree baseline, LocalDate from) {
    Reference source =
        new Reference(
            "Seed study 000 (Hanoi migrant workers) — recommendations",
            "Delink access to social protection and basic services from household registration",
            "recommendation 1",
            from,
            null);
    Reform.Builder b =
        Reform.named("delink_residence")
            .title(
                "Bỏ điều kiện cư trú đối với dịch vụ và trợ giúp tại địa phương",
                "Delink local benefits and services from residence registration")
            .description(
                "All residence-access rules admit temporary and unregistered residents (seed 000).");
    for (Parameter p : baseline.all()) {
      if (p.path().startsWith("basic_services.residence_access.")
          && (p.path().endsWith(".unregistered") || p.path().endsWith(".temporary"))) {
        b.set(p.path(), from, 1, source);
      }
    }
    return b.build();
  }

  private static String percent(double rate) {
    return Math.round(rate * 100) + "%";
  }
}
