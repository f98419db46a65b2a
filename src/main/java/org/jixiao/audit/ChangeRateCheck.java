package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/**
 * RATE-CHANGE — an increase or decrease rate printed on a line (增长149.91%, 减少70.31%, −27.15%)
 * against (决算数 − 上年决算数) ÷ 上年决算数. Where the report prints the amount of change but not last year's
 * figure, the base is the figure less the printed change; a rate of change against the budget (较预算)
 * is accepted too. The sign follows the words.
 */
final class ChangeRateCheck extends NamedCheck {

  ChangeRateCheck() {
    super(
        "RATE-CHANGE",
        Severity.ERROR,
        "增减率与所列数字不符",
        "增减率 =（本年数 − 上年数）÷ 上年数 × 100%（财预〔2013〕53号 “三公经费”变动率等）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.CHANGE_RATE).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
