package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.framework.ExplanationThresholds;
import org.jixiao.quantity.Assessment;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Comparison;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;
import org.jixiao.scoring.Ratios;

/**
 * 实际完成值偏离目标 30% 以上且未说明原因 — an actual at or above 130 % of a ≥ / = target (over-achievement: was the
 * target set too low?), at or below 70 % of it (under-achievement), or at or above 130 % of a ≤
 * ceiling, with no deviation reason. Seed 004: 职称评定数 374 of ≥100 (374 %), 失业人员再就业 6305 of 3500 (180
 * %), 就业困难对象再就业 2297 of 1350 (170 %). The thresholds are the framework's.
 */
final class DevFarFromTargetCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();

  DevFarFromTargetCheck() {
    super(
        "DEV-FAR-FROM-TARGET",
        Severity.WARNING,
        "实际完成值偏离年度指标值 30% 以上且未说明原因",
        "财预〔2020〕10号：实际完成值明显超过或低于指标值的应分析偏差原因，指标值明显偏低的应调整（广西等地：≥130% 须说明）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      if (ScoreTexts.hasDeviationReason(r.indicator())) {
        continue;
      }
      Assessment a = ScoreJudgements.assess(r).orElse(null);
      TargetValue target = PARSER.parse(r.indicator().target());
      if (a == null
          || a.achievementRatio() == null
          || !(target instanceof Bound b)
          || b.isDeadline()) {
        continue;
      }
      ExplanationThresholds t =
          r.sheet().framework() == null
              ? ExplanationThresholds.DEFAULT
              : r.sheet().framework().explanations();
      BigDecimal over = t.overAchievementAt();
      BigDecimal under = BigDecimal.valueOf(2).subtract(over);
      BigDecimal ratio = a.achievementRatio();
      boolean ceiling = b.comparison() == Comparison.LE || b.comparison() == Comparison.LT;
      String kind;
      if (!ceiling && ratio.compareTo(over) >= 0) {
        kind = "超额完成";
      } else if (!ceiling && ratio.compareTo(under) <= 0) {
        kind = "远未完成";
      } else if (ceiling && ratio.compareTo(over) >= 0) {
        kind = "远超上限";
      } else {
        continue;
      }
      String percent = Ratios.percent(ratio);
      String limit = Ratios.percent(kind.equals("远未完成") ? under : over);
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "实际完成值为年度指标值的 "
                  + percent
                  + "（"
                  + kind
                  + "），偏离 30% 以上，偏差原因分析栏未作说明"
                  + (kind.equals("超额完成") ? "（指标值是否设置偏低）" : ""),
              r.location() + " / 实际完成值",
              r.indicator().actual().strip(),
              "偏离不超过 30%，或说明偏差原因",
              "实际 "
                  + r.indicator().actual().strip()
                  + " / 目标 "
                  + r.indicator().target().strip()
                  + " = "
                  + percent
                  + (kind.equals("远未完成") ? " ≤ " : " ≥ ")
                  + limit));
    }
    return out;
  }
}
