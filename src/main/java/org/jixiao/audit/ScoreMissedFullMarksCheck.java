package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.quantity.Assessment;
import org.jixiao.scoring.ItemStatus;

/**
 * 未完成目标却得满分 — a row whose actual misses its target (or whose measured ratio misses the framework's
 * full-marks threshold) printed with full marks. Seed 004: 职称评定通过率 ≤55% against an actual 100%,
 * scored 2/2 and 5/5.
 */
final class ScoreMissedFullMarksCheck extends NamedCheck {

  ScoreMissedFullMarksCheck() {
    super(
        "SCORE-MISSED-FULL-MARKS",
        Severity.ERROR,
        "未完成目标却得满分",
        "财预〔2020〕10号 单位自评计分规则：未达成年度指标按 实际值/目标值 × 分值（反向指标按偏离程度）计分，不得满分");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      if (!ScoreJudgements.missedWithFullMarks(r, ctx)) {
        continue;
      }
      String full = ScoreSheets.points(r.weight());
      Optional<Assessment> a = ScoreJudgements.assess(r);
      String why =
          a.isPresent() && a.get().outcome() == Assessment.Outcome.NOT_MET
              ? a.get().reason()
              : ScoreJudgements.missedThreshold(r, ctx).orElse("未达成年度指标");
      boolean computed =
          r.item() != null
              && r.item().score().isScored()
              && r.item().status() == ItemStatus.DIFFERS_FROM_STATED;
      String expected =
          computed
              ? ScoreSheets.points(r.item().score().points()) + " 分"
              : "低于满分 " + full + " 分（按完成程度扣分）";
      String basis =
          computed && r.item().explanation() != null ? r.item().explanation().text() : why;
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "未完成年度指标（"
                  + why
                  + "），却得满分 "
                  + full
                  + " 分；应为 "
                  + expected,
              r.scoreLocation(),
              full + " 分（满分）",
              expected,
              basis));
    }
    return out;
  }
}
