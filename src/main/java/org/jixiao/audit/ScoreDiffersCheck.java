package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;

/**
 * 得分与计分规则不符 — an indicator whose score, recomputed under its framework's rule, differs from the
 * printed one (INFO when only rounding). Facts another check names more exactly are left to it: a
 * missed target with full marks, a met target marked down, a contradiction of the report's own
 * rule, a score above its points; the budget-execution line is {@code SCORE-BUDGET-EXECUTION}.
 */
final class ScoreDiffersCheck extends NamedCheck {

  ScoreDiffersCheck() {
    super("SCORE-DIFFERS", Severity.ERROR, "得分与计分规则不符", "所用指标体系的计分规则（财预〔2020〕10号 单位自评计分规则等）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      ItemResult item = r.item();
      BigDecimal stated = r.indicator().statedScore();
      if (item == null
          || stated == null
          || item.status() != ItemStatus.DIFFERS_FROM_STATED
          || !item.score().isScored()
          || (r.weight() != null && stated.compareTo(r.weight()) > 0)
          || ScoreJudgements.missedWithFullMarks(r, ctx)
          || ScoreJudgements.metButMarkedDown(r)
          || ScoreOwnRuleCheck.contradiction(r).isPresent()) {
        continue;
      }
      BigDecimal computed = item.score().points();
      String basis = item.explanation() == null ? "" : item.explanation().text();
      ScoreCompare.points(
              this,
              ctx,
              ScoreSheets.named(r.indicator().name()) + "得分",
              r.scoreLocation(),
              stated,
              computed,
              ScoreSheets.points(computed) + " 分",
              basis)
          .ifPresent(out::add);
    }
    return out;
  }
}
