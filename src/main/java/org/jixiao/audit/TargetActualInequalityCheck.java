package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.Range;
import org.jixiao.quantity.TargetValue;
import org.jixiao.quantity.Unit;

/**
 * 实际完成值写成不等式 — an actual that is not a figure: {@code ≤3.5%} (seed 004 城镇登记失业率), {@code ≥95%}, or a
 * range. Time limits are left alone: "60天内", "12月31日前完成" state that the deadline was kept, the
 * usual way a 时效 actual is written.
 */
final class TargetActualInequalityCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();
  private static final Set<String> TIME = Set.of("天", "月", "工作日", "分钟");

  TargetActualInequalityCheck() {
    super(
        "TARGET-ACTUAL-INEQUALITY",
        Severity.WARNING,
        "实际完成值写成不等式或区间",
        "财预〔2020〕10号 自评表填报要求：实际完成值应填写确定的实际数值");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      TargetValue a = PARSER.parse(r.indicator().actual());
      String form;
      if (a instanceof Bound b
          && b.isInequality()
          && b.explicit()
          && !isTime(b.quantity().unit())) {
        form = "不等式";
      } else if (a instanceof Range range && !isTime(range.low().unit())) {
        form = "区间";
      } else {
        continue;
      }
      String actual = r.indicator().actual().strip();
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "的实际完成值“"
                  + actual
                  + "”写成了"
                  + form
                  + "，应填写确定的实际数值",
              r.location() + " / 实际完成值",
              actual,
              "确定的实际数值",
              "实际完成值“" + actual + "”为" + form + "，无法据以计算完成比例"));
    }
    return out;
  }

  private static boolean isTime(Unit u) {
    return u.isDate() || TIME.contains(u.baseSymbol());
  }
}
