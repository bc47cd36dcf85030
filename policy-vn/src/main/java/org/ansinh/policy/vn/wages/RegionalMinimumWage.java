package org.ansinh.policy.vn.wages;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.ArrayList;
import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Lương tối thiểu vùng: the monthly minimum wage of the region (I–IV) where the employee works, set
 * by decree under the Labour Code 45/2019/QH14, Art. 91.
 */
public final class RegionalMinimumWage {

  private static final String REGION = "wages.regional_minimum_wage.region_";

  public static final Variable<long[]> REGIONAL_MINIMUM_WAGE =
      Variable.money("regional_minimum_wage")
          .of(PERSON, PeriodUnit.MONTH)
          .label("Mức lương tối thiểu tháng theo vùng", "Monthly regional minimum wage")
          .reference("Bộ luật Lao động 45/2019/QH14, Điều 91; Nghị định về lương tối thiểu")
          .formula(
              "2020-01-01",
              "Nghị định về lương tối thiểu, Điều 3 khoản 1",
              (c, out) -> {
                int[] region = c.get(PersonInputs.WORKPLACE_REGION);
                List<Long> byRegion = new ArrayList<>();
                for (int r = 1; c.hasParameter(REGION + r); r++) {
                  byRegion.add(c.money(REGION + r));
                }
                for (int i = 0; i < out.length; i++) {
                  out[i] = byRegion.get(Math.min(byRegion.size(), Math.max(1, region[i])) - 1);
                }
              })
          .build();

  private RegionalMinimumWage() {}
}
