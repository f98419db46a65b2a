package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.QualitativeBand;
import org.jixiao.framework.ScoringRule;
import org.jixiao.quantity.Assessment;
import org.jixiao.scoring.ItemStatus;

/**
 * 定性指标得分不在档次内 — a qualitative indicator whose actual says the target was achieved, scored below the
 * 达成年度指标 band (80 %–100 % of its points under 财预〔2020〕10号, or the framework's own bands). Scores
 * above the points are {@code SCORE-OVER-WEIGHT}.
 */
final class ScoreQualitativeBandCheck extends NamedCheck {

  ScoreQualitativeBandCheck() {
    super(
        "SCORE-QUALITATIVE-BAND",
        Severity.WARNING,
        "定性指标得分不在档次区间内",
        "财预〔2020〕10号 定性指标三档：达成年度指标 80%–100%，部分达成并具有一定效果 60%–80%，未达成且效果较差 0–60%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      BigDecimal w = r.weight();
      BigDecimal s = r.indicator().statedScore();
      if (r.item() == null
          || r.item().status() != ItemStatus.STATED_OUT_OF_RANGE
          || w == null
          || s == null
          || s.signum() < 0
          || s.compareTo(w) > 0
          || ScoreJudgements.missedWithFullMarks(r, ctx)) {
        continue;
      }
      Assessment a = ScoreJudgements.assess(r).orElse(null);
      if (a == null || !a.isMet()) {
        continue;
      }
      QualitativeBand band = achieved(r);
      String range =
          ScoreSheets.points(w.multiply(band.min()))
              + "–"
              + ScoreSheets.points(w.multiply(band.max()))
              + " 分";
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "为定性指标，"
                  + a.reason()
                  + "，属“"
                  + band.label()
                  + "”档，得分应在 "
                  + range
                  + " 之间，报告为 "
                  + ScoreSheets.printed(s)
                  + " 分",
              r.scoreLocation(),
              ScoreSheets.printed(s) + " 分",
              range,
              "“"
                  + band.label()
                  + "”档："
                  + ScoreSheets.points(band.min().movePointRight(2))
                  + "%–"
                  + ScoreSheets.points(band.max().movePointRight(2))
                  + "% × 分值 "
                  + ScoreSheets.points(w)
                  + " = "
                  + range));
    }
    return out;
  }

  private static QualitativeBand achieved(ScoreSheets.Row r) {
    ScoringRule rule = r.sheet().leaf(r.indicator()).map(IndicatorNode::rule).orElse(null);
    if (rule == null && r.sheet().framework() != null) {
      rule = r.sheet().framework().defaultRule();
    }
    if (rule instanceof ScoringRule.QualitativeBands q) {
      return q.bands().get(0);
    }
    return QualitativeBand.OFFICIAL.get(0);
  }
}
