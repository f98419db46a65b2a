package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/**
 * RATE-INDICATOR — the rate an indicator prints (its stated value, or the percentage actual of an
 * indicator its framework computes) against the computation printed beside it, or, where none is
 * printed, the framework's formula applied to the year's figures.
 */
final class IndicatorRateCheck extends NamedCheck {

  IndicatorRateCheck() {
    super("RATE-INDICATOR", Severity.ERROR, "指标比率与其计算不符", "指标体系公式（财预〔2013〕53号 指标解释）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.INDICATOR).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
