package org.ansinh.policy.vn;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.Legislation;
import org.ansinh.engine.parameter.ParameterLoader;
import org.ansinh.engine.parameter.ParameterTree;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.basicservices.BasicServices;
import org.ansinh.policy.vn.healthinsurance.HealthInsurance;
import org.ansinh.policy.vn.household.HouseholdInputs;
import org.ansinh.policy.vn.incentives.SocialIncentives;
import org.ansinh.policy.vn.labourmarket.LabourMarket;
import org.ansinh.policy.vn.pension.Pensions;
import org.ansinh.policy.vn.person.PersonInputs;
import org.ansinh.policy.vn.poverty.Poverty;
import org.ansinh.policy.vn.reforms.ReformInputs;
import org.ansinh.policy.vn.socialassistance.SocialAssistance;
import org.ansinh.policy.vn.socialinsurance.SocialInsurance;
import org.ansinh.policy.vn.unemployment.UnemploymentInsurance;
import org.ansinh.policy.vn.wages.Wages;

/** Vietnam's legislation: the parameter files on the class path and every pillar's variables. */
public final class VietnamLegislation {

  private static volatile Legislation instance;

  private VietnamLegislation() {}

  /** The legislation, loaded once; loading validates every parameter file. */
  public static Legislation get() {
    Legislation l = instance;
    if (l == null) {
      synchronized (VietnamLegislation.class) {
        if (instance == null) {
          instance = load();
        }
        l = instance;
      }
    }
    return l;
  }

  static Legislation load() {
    ParameterTree parameters =
        ParameterLoader.fromClasspath(VietnamLegislation.class.getClassLoader(), "parameters");
    return Legislation.of("vn", VietnamEntities.MODEL, parameters, variables());
  }

  /** Every variable of every pillar, inputs first. */
  public static List<Variable<?>> variables() {
    List<Variable<?>> all = new ArrayList<>();
    all.addAll(PersonInputs.all());
    all.addAll(HouseholdInputs.all());
    all.addAll(Wages.variables());
    all.addAll(Poverty.variables());
    all.addAll(SocialInsurance.variables());
    all.addAll(Pensions.variables());
    all.addAll(HealthInsurance.variables());
    all.addAll(UnemploymentInsurance.variables());
    all.addAll(SocialAssistance.variables());
    all.addAll(SocialIncentives.variables());
    all.addAll(LabourMarket.variables());
    all.addAll(BasicServices.variables());
    all.addAll(ReformInputs.all());
    return all;
  }
}
