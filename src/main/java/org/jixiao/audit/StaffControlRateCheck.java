package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/** RATE-STAFF — the printed 在职人员控制率 against 实有在职人数 ÷ 编制数. */
final class StaffControlRateCheck extends NamedCheck {

  StaffControlRateCheck() {
    super("RATE-STAFF", Severity.ERROR, "在职人员控制率与人数不符", "财预〔2013〕53号：在职人员控制率 = 在职人员数 ÷ 编制数 × 100%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.STAFF_CONTROL).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
