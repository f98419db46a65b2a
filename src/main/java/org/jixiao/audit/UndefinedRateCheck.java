package org.jixiao.audit;

import java.util.List;
import org.jixiao.audit.ArithRate.Reading;

/**
 * RATE-UNDEFINED — a rate printed as a number although its denominator is zero (上年数为 0 的变动率, 预算数为 0
 * 的执行率 …): the ratio is undefined, not 0 % or 100 %.
 */
final class UndefinedRateCheck extends NamedCheck {

  UndefinedRateCheck() {
    super("RATE-UNDEFINED", Severity.ERROR, "分母为零的比率被印为数值", "比率的分母为 0 时比率无意义（不得记为 0% 或 100%）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return ArithRates.all(ctx).stream()
        .filter(r -> r.primary().undefined())
        .filter(
            r ->
                r.best(ctx)
                    .map(b -> ctx.tolerance().judge(r.stated(), b.percent()))
                    .filter(v -> v == Tolerance.Verdict.AGREES)
                    .isEmpty())
        .map(r -> finding(ctx, r))
        .toList();
  }

  private Finding finding(AuditContext ctx, ArithRate r) {
    Reading p = r.primary();
    return Findings.of(
        this,
        r.subject()
            + "的分母（"
            + p.denominatorLabel()
            + "）为 0，比率无意义，报告却印为 "
            + r.statedText()
            + ArithIndicatorRates.alsoAt(ctx, r),
        r.location(),
        r.statedText(),
        "无意义（分母为 0）",
        p.worked());
  }
}
