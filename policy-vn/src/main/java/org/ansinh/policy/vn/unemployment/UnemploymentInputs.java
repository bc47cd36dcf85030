package org.ansinh.policy.vn.unemployment;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import java.util.List;
import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;
import org.ansinh.policy.vn.person.PersonInputs;

/**
 * Facts only unemployment insurance reads: whether the wage follows the State's pay scales (Luật
 * Việc làm 38/2013/QH13 Điều 50, 58), contributions within the 36 months before the contract ended
 * (Điều 49 khoản 2 điểm b; Luật Việc làm 74/2025/QH15 Điều 38) and an unlawful termination by the
 * employee (Điều 49 khoản 1).
 */
public final class UnemploymentInputs {

  public static final Variable<boolean[]> STATE_SET_WAGE =
      Variable.bool("state_set_wage")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Hưởng lương theo chế độ tiền lương do Nhà nước quy định",
              "Wage set by the State's pay scales")
          .reference("Luật Việc làm 38/2013/QH13, Điều 50 khoản 1, Điều 58 khoản 1")
          .build();

  /** Defaults to the months within the last 24 when not given. */
  public static final Variable<int[]> UI_CONTRIBUTION_MONTHS_LAST_36 =
      Variable.integer("ui_contribution_months_last_36")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Số tháng đóng BHTN trong 36 tháng trước khi chấm dứt hợp đồng",
              "Months of UI contributions in the 36 months before the contract ended")
          .unit("months")
          .reference("Luật Việc làm 38/2013/QH13, Điều 49 khoản 2 điểm b")
          .formula(
              "1900-01-01",
              "Default: the months within the last 24 months, when not given",
              (c, out) -> {
                int[] last24 = c.get(PersonInputs.UI_CONTRIBUTION_MONTHS_LAST_24);
                System.arraycopy(last24, 0, out, 0, out.length);
              })
          .build();

  public static final Variable<boolean[]> UNLAWFUL_CONTRACT_TERMINATION =
      Variable.bool("unlawful_contract_termination")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Người lao động đơn phương chấm dứt hợp đồng trái pháp luật",
              "The employee ended the contract unlawfully")
          .reference("Luật Việc làm 38/2013/QH13, Điều 49 khoản 1; Luật Việc làm 74/2025/QH15")
          .build();

  private UnemploymentInputs() {}

  public static List<Variable<?>> all() {
    return List.of(STATE_SET_WAGE, UI_CONTRIBUTION_MONTHS_LAST_36, UNLAWFUL_CONTRACT_TERMINATION);
  }
}
