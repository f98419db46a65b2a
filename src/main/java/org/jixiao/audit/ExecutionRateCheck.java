package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/**
 * RATE-EXECUTION — the budget-execution rate printed in a score sheet's funds block against 全年执行数 ÷
 * 全年预算数 of the same block.
 */
final class ExecutionRateCheck extends NamedCheck {

  ExecutionRateCheck() {
    super(
        "RATE-EXECUTION",
        Severity.ERROR,
        "评分表预算执行率与资金数不符",
        "财预〔2020〕10号 附件 项目支出绩效自评表：预算执行率 = 全年执行数 ÷ 全年预算数 × 100%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.EXECUTION).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
