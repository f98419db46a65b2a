package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.quantity.Assessment;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.Ratios;

/**
 * 扣分未说明理由 — an indicator scored by the evaluator (checklist, judgement, survey) below its points,
 * with no deviation reason and no shortcoming named in its own analysis. Seed 003: C11–C14, C2, C3
 * and D2 lose a point each "根据评分规则" with nothing said about why.
 *
 * <p>Rows whose target was met are {@code SCORE-MET-MARKED-DOWN}; rows whose target was missed
 * carry their reason in the figures; rows the engine scored by a formula carry it in the rule.
 */
final class ScoreDeductionNoReasonCheck extends NamedCheck {

  ScoreDeductionNoReasonCheck() {
    super(
        "SCORE-DEDUCTION-NO-REASON",
        Severity.WARNING,
        "扣分未说明理由",
        "财预〔2020〕10号：评价结果应有依据，扣分须说明原因（偏差原因分析 / 评价分析）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      BigDecimal w = r.weight();
      BigDecimal s = r.indicator().statedScore();
      if (w == null || s == null || s.signum() < 0 || s.compareTo(w) >= 0) {
        continue;
      }
      if (r.item() != null && r.item().status() != ItemStatus.ACCEPTED_STATED) {
        continue; // scored by a formula: the rule is the reason, or SCORE-DIFFERS reports it
      }
      Optional<Assessment> a = ScoreJudgements.assess(r);
      if (a.isPresent() && a.get().outcome() != Assessment.Outcome.NOT_COMPARABLE) {
        continue; // met: SCORE-MET-MARKED-DOWN; missed: the figures are the reason
      }
      if (ScoreTexts.namesDeduction(r.indicator())
          || ScoreOwnRuleCheck.contradiction(r).isPresent()) {
        continue;
      }
      String lost = ScoreSheets.points(w.subtract(s));
      String evidence =
          r.item() != null && r.item().value() != null
              ? "；计算比率 " + Ratios.percent(r.item().value())
              : "";
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "得 "
                  + ScoreSheets.printed(s)
                  + " 分（分值 "
                  + ScoreSheets.points(w)
                  + " 分），扣 "
                  + lost
                  + " 分，但报告未说明扣分理由",
              r.scoreLocation(),
              ScoreSheets.printed(s) + " 分（扣 " + lost + " 分）",
              "说明扣分理由，或给满分 " + ScoreSheets.points(w) + " 分",
              "分值 "
                  + ScoreSheets.points(w)
                  + " − 得分 "
                  + ScoreSheets.printed(s)
                  + " = 扣 "
                  + lost
                  + " 分；偏差原因与评价分析中未见扣分理由"
                  + evidence));
    }
    return out;
  }
}
