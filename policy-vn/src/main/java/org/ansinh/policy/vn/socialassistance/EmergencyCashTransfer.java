package org.ansinh.policy.vn.socialassistance;

import static org.ansinh.policy.vn.VietnamEntities.PERSON;

import org.ansinh.engine.period.PeriodUnit;
import org.ansinh.engine.variable.Variable;

/**
 * Hỗ trợ tiền mặt khẩn cấp: a cash transfer paid to a person in a crisis. There is no standing
 * programme in law — crisis packages such as Nghị quyết 68/2021/NQ-CP (COVID-19) were one-off
 * resolutions — so the baseline formula pays nothing; the reform {@code emergency_cash_transfer}
 * gives it one. It exists so that a reform comparison prices such a transfer like any other
 * benefit.
 */
public final class EmergencyCashTransfer {

  public static final Variable<long[]> EMERGENCY_CASH_TRANSFER =
      Variable.money("emergency_cash_transfer")
          .of(PERSON, PeriodUnit.MONTH)
          .label(
              "Hỗ trợ tiền mặt khẩn cấp trong tháng (không có chương trình thường xuyên: 0 nếu"
                  + " không áp dụng cải cách)",
              "Emergency cash transfer this month (no standing programme: 0 without a reform)")
          .reference("Không có chương trình thường xuyên; tiền lệ: Nghị quyết 68/2021/NQ-CP")
          .formula(
              "1900-01-01",
              "Không có chương trình thường xuyên: không chi trả / No standing programme: nothing paid",
              (c, out) -> {})
          .build();

  private EmergencyCashTransfer() {}
}
