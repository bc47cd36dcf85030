package org.ansinh.policy.vn.basicservices;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.simulation.Computation;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Giáo dục bắt buộc và phổ cập: "Giáo dục tiểu học là giáo dục bắt buộc. Nhà nước thực hiện phổ cập
 * giáo dục mầm non cho trẻ em 05 tuổi và phổ cập giáo dục trung học cơ sở" (Luật Giáo dục
 * 43/2019/QH14, Điều 14 khoản 1). A child from the grade-1 entry age (6, Điều 28 khoản 1 điểm a) to
 * the end of lower secondary (grade 9, the year of age 14: entry to grade 6 at 11, four school
 * years, Điều 28 khoản 1 điểm b) is entitled to a place in the State's schools, wherever the child
 * lives. Who is admitted first to a given school is a separate rule ({@link PublicSchoolPriority}).
 */
public final class PublicSchoolEntitlement {

  private static final String P = "basic_services.public_school";

  public static final Variable<boolean[]> PUBLIC_SCHOOL_ENTITLED =
      Variable.bool("public_school_entitled")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Trong độ tuổi giáo dục bắt buộc, phổ cập (tiểu học, trung học cơ sở)",
              "Of compulsory or universal school age (primary, lower secondary)")
          .reference("Luật Giáo dục 43/2019/QH14, Điều 14 khoản 1; Điều 28 khoản 1")
          .formula(
              "2020-07-01",
              "Luật Giáo dục 43/2019/QH14, Điều 14 khoản 1; Điều 28 khoản 1 điểm a, b",
              PublicSchoolEntitlement::compute)
          .build();

  private PublicSchoolEntitlement() {}

  private static void compute(Computation c, boolean[] out) {
    int[] age = c.get(PersonInputs.AGE);
    int min = c.integer(P + ".min_age");
    int max = c.integer(P + ".max_age");
    for (int i = 0; i < out.length; i++) {
      out[i] = age[i] >= min && age[i] <= max;
    }
  }
}
