package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;
import org.jixiao.quantity.Unparsed;

/**
 * 指标值无法识别 — a target that reads neither as a figure, a range nor a phrase (several figures in one
 * cell, a figure followed by a sentence): the engine cannot judge it and a reviewer must. A note.
 */
final class TargetUnparsedCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();

  TargetUnparsedCheck() {
    super(
        "TARGET-UNPARSED",
        Severity.INFO,
        "年度指标值无法识别",
        "财预〔2021〕101号：定量指标值应写作 比较符号 + 数值 + 计量单位，一个指标一个指标值");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      String target = r.indicator().target();
      if (ScoreTexts.isBlank(target)) {
        continue;
      }
      TargetValue t = PARSER.parse(target);
      if (!(t instanceof Unparsed u)) {
        continue;
      }
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name()) + "的年度指标值无法识别（" + u.reason() + "），完成情况需人工判断",
              r.location() + " / 年度指标值",
              ScoreTexts.quote(target, 40),
              "比较符号 + 数值 + 计量单位（每个指标一个指标值）",
              u.reason()));
    }
    return out;
  }
}
