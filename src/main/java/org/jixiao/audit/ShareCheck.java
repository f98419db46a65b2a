package org.jixiao.audit;

import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;

/**
 * RATE-SHARE — a share printed on a line (占…的 x%) against the line ÷ the line it is part of (its
 * parent, or a higher total; for a top-level line, the table's 合计 row).
 */
final class ShareCheck extends NamedCheck {

  ShareCheck() {
    super("RATE-SHARE", Severity.ERROR, "占比与所列数字不符", "占比 = 本项金额 ÷ 所属合计 × 100%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.of(ctx, Kind.SHARE).stream()
        .map(r -> ArithRates.compare(this, ctx, r))
        .flatMap(Optional::stream)
        .toList();
  }
}
