package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.Ratios;
import org.jixiao.scoring.SheetResult;

/**
 * 总分与重算不符 — the engine's total against the printed one, where no other finding explains the
 * difference: scores the report does not print for some indicators, or a framework that excludes an
 * indicator and rescales the rest. A difference that comes from item scores is reported at the
 * items ({@code SCORE-…}); one between the printed total and the printed items is {@code
 * TOTAL-SUM}.
 */
final class TotalComputedCheck extends NamedCheck {

  TotalComputedCheck() {
    super("TOTAL-COMPUTED", Severity.ERROR, "总分与重新计算的总分不符", "所用指标体系的计分规则与总分计算方法");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      SheetResult r = s.result();
      BigDecimal stated = s.sheet().statedTotal();
      if (r == null || stated == null || !r.total().isScored() || s.framework() == null) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal excluded = BigDecimal.ZERO;
      int unstated = 0;
      for (ItemResult i : r.allItems()) {
        if (i.status() == ItemStatus.EXCLUDED) {
          excluded = excluded.add(i.weight() == null ? BigDecimal.ZERO : i.weight());
          continue;
        }
        if (i.statedScore() != null) {
          sum = sum.add(i.statedScore());
        } else if (i.score().isScored()) {
          sum = sum.add(i.score().points());
          unstated++;
        }
      }
      BigDecimal points = s.framework().totalPoints();
      boolean rescaled = excluded.signum() > 0 && points.compareTo(excluded) > 0;
      if (rescaled) {
        sum = sum.multiply(points).divide(points.subtract(excluded), Ratios.CONTEXT);
      }
      if (unstated == 0 && !rescaled) {
        continue; // every score is printed: items and TOTAL-SUM say where a difference comes from
      }
      if (sum.setScale(Math.max(stated.scale(), 0), java.math.RoundingMode.HALF_UP)
              .compareTo(stated)
          == 0) {
        continue;
      }
      BigDecimal computed = r.total().points();
      List<String> why = new ArrayList<>();
      if (unstated > 0) {
        why.add(unstated + " 项指标报告未列得分，按计算得分计");
      }
      why.addAll(r.notes().stream().filter(n -> n.contains("折算")).toList());
      ScoreCompare.points(
              this,
              ctx,
              "总分",
              s.label() + " / 总分",
              stated,
              computed,
              computed.toPlainString() + " 分",
              "按指标体系“"
                  + r.frameworkName()
                  + "”重算总分 "
                  + computed.toPlainString()
                  + "（"
                  + String.join("；", why)
                  + "）")
          .ifPresent(out::add);
    }
    return out;
  }
}
