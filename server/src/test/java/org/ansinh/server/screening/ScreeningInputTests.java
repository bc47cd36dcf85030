package org.ansinh.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ansinh.policy.vn.person.EmploymentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The screener's form checked field by field, without a server. */
class ScreeningInputTests {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Test
  void theBlankFormIsValid() {
    List<FieldProblem> problems = new ArrayList<>();
    ScreeningInput in = ScreeningInput.check(ScreeningForm.blank(MARCH), problems);

    assertThat(problems).isEmpty();
    assertThat(in.period()).isEqualTo(MARCH);
    assertThat(in.age()).isEqualTo(30);
    assertThat(in.work()).isEqualTo(EmploymentStatus.EMPLOYEE);
  }

  @Test
  void moneyMayBeWrittenWithThousandsSeparators() {
    ScreeningInput in = valid(with("8.500.000", "12 000 000"));

    assertThat(in.wage()).isEqualTo(8_500_000L);
    assertThat(in.householdIncome()).isEqualTo(12_000_000L);
    assertThat(in.incomePerCapita()).isEqualTo(12_000_000L); // one person by default
  }

  @Test
  void aBirthDateReplacesTheAge() {
    ScreeningForm f = ScreeningForm.blank(MARCH);
    ScreeningInput in = valid(copy(f, "birthDate", "1994-03-12"));

    assertThat(in.birthDate()).isEqualTo(LocalDate.of(1994, 3, 12));
    assertThat(in.age()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "age, 121, screening.error.whole",
    "age, abc, screening.error.whole",
    "birthDate, 2026-04-01, screening.error.birthDate",
    "birthDate, 12/03/1994, screening.error.date",
    "period, 2021-06, screening.error.monthRange",
    "period, March, screening.error.month",
    "city, 48, screening.error.choice",
    "work, EMPLOYER, screening.error.choice",
    "householdSize, 0, screening.error.whole",
    "wage, -1, screening.error.whole",
    "contractMonths, 1000, screening.error.whole"
  })
  void aWrongFieldIsNamedWithWhatIsWrong(String field, String value, String message) {
    List<FieldProblem> problems = new ArrayList<>();
    ScreeningInput in =
        ScreeningInput.check(copy(ScreeningForm.blank(MARCH), field, value), problems);

    assertThat(in).isNull();
    assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
    assertThat(problems.get(0).message()).isEqualTo(message);
  }

  @Test
  void theContractIsAskedOfEmployeesOnly() {
    ScreeningForm f = copy(ScreeningForm.blank(MARCH), "work", "SELF_EMPLOYED");
    ScreeningInput in = valid(copy(f, "contractMonths", "not a number"));

    assertThat(in.contractMonths()).isZero();
  }

  private static ScreeningInput valid(ScreeningForm f) {
    List<FieldProblem> problems = new ArrayList<>();
    ScreeningInput in = ScreeningInput.check(f, problems);
    assertThat(problems).isEmpty();
    return in;
  }

  private static ScreeningForm with(String wage, String householdIncome) {
    ScreeningForm f = copy(ScreeningForm.blank(MARCH), "wage", wage);
    return copy(f, "householdIncome", householdIncome);
  }

  /** The form with one field changed, by the field's name as the HTML form posts it. */
  private static ScreeningForm copy(ScreeningForm f, String field, String value) {
    java.lang.reflect.RecordComponent[] components = ScreeningForm.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] =
            components[i].getName().equals(field) ? value : components[i].getAccessor().invoke(f);
      }
      return ScreeningForm.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
