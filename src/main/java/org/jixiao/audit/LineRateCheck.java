package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/**
 * RATE-LINE — a rate printed on a line (执行率、完成率、控制率) against 决算数 ÷ 预算数 of the same line (全年预算, else
 * 可用指标, else 年初预算: a rate that agrees with any of them is accepted).
 */
final class LineRateCheck extends NamedCheck {

  LineRateCheck() {
    super("RATE-LINE", Severity.ERROR, "行内执行（完成）率与所列数字不符", "执行（完成）率 = 决算数 ÷ 预算数 × 100%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.LINE_RATE).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
