package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Comparison;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;

/**
 * 目标值没有约束力 — a target every actual meets: {@code ≥0}, {@code ≥0%}, {@code >0}, {@code ≥0起}. Seed
 * 004 附件2: 劳动仲裁受理案件数 ≥0起.
 */
final class TargetNoForceCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();

  TargetNoForceCheck() {
    super(
        "TARGET-NO-FORCE",
        Severity.WARNING,
        "年度指标值没有约束力",
        "财预〔2021〕101号 指标设置及取值指引：指标值应依据历史、计划、行业标准等设定，具有可衡量性和约束力");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      TargetValue t = PARSER.parse(r.indicator().target());
      if (!(t instanceof Bound b)
          || b.isDeadline()
          || !(b.comparison() == Comparison.GE || b.comparison() == Comparison.GT)
          || b.quantity().toBase().value().signum() > 0) {
        continue;
      }
      String text = r.indicator().target().strip();
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name()) + "的年度指标值“" + text + "”不可能完不成，没有约束力",
              r.location() + " / 年度指标值",
              text,
              "有约束力的指标值（参照上年实际、计划数或行业标准）",
              "“" + text + "”：任何非负的实际值都满足"));
    }
    return out;
  }
}
