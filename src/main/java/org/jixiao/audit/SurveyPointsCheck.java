package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.Survey;
import org.jixiao.budget.Survey.Question;

/** 各题得分 — each question's printed points against Σ (answers × option points). */
final class SurveyPointsCheck extends NamedCheck {

  SurveyPointsCheck() {
    super(
        "SURVEY-POINTS",
        Severity.ERROR,
        "调查各题得分与各选项人数 × 分值之和不符",
        "该题得分 = Σ（选项人数 × 选项分值），不计入的选项（如“不了解”）不得分");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      SurveyCounts c = new SurveyCounts(s);
      if (c.problem().isPresent()) {
        continue;
      }
      for (Question q : s.questions()) {
        if (q.statedPoints() == null) {
          continue;
        }
        Findings.compare(
                this,
                SurveyCounts.exact(ctx, q.statedPoints(), c.points(q)),
                "题目「" + q.text() + "」得分",
                c.place() + " / " + q.text() + " / 得分",
                q.statedPoints(),
                q.statedPoints().toPlainString() + "分",
                c.points(q),
                c.points(q).stripTrailingZeros().toPlainString() + "分",
                c.pointsBasis(q))
            .ifPresent(out::add);
      }
    }
    return out;
  }
}
