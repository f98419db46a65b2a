package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.Survey;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.GradeTable;
import org.jixiao.scoring.YearScorer;

/**
 * 调查评价结果 — a survey's printed grade ({@code 综合满意度达 81.25%，评价结果为良}) against the grade table of the
 * framework that scores the survey, applied to the rate in points out of 100. Only when a sheet of
 * the year is scored under a framework with a satisfaction-rate indicator; the report may grade its
 * survey by another scale, hence a warning.
 */
final class SurveyGradeCheck extends NamedCheck {

  SurveyGradeCheck() {
    super("SURVEY-GRADE", Severity.WARNING, "满意度调查的评价结果与等级表不符", "所用指标体系的等级表（如 优≥90、良≥75、合格≥60）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    Optional<GradeTable> table = gradeTable(ctx);
    if (table.isEmpty()) {
      return out;
    }
    for (Survey s : ctx.year().surveys()) {
      Optional<BigDecimal> rate = SurveyRateCheck.percent(s.statedRate());
      if (s.statedGrade() == null || rate.isEmpty()) {
        continue;
      }
      String grade = table.get().gradeOf(rate.get());
      if (!table.get().sameGrade(s.statedGrade(), grade)) {
        out.add(
            Findings.of(
                this,
                "满意度" + s.statedRate() + "按等级表应为“" + grade + "”，报告评为“" + s.statedGrade() + "”",
                new SurveyCounts(s).place() + " / 评价结果",
                s.statedGrade(),
                grade,
                "等级表 " + table.get().id() + "：" + s.statedRate() + " → " + grade));
      }
    }
    return out;
  }

  private static Optional<GradeTable> gradeTable(AuditContext ctx) {
    for (ScoreSheet sheet : ctx.year().sheets()) {
      Optional<Framework> f = ctx.frameworks().find(YearScorer.frameworkId(sheet));
      if (f.isPresent()
          && f.get().grades() != null
          && f.get().leaves().stream()
              .anyMatch(l -> l.formula() == FormulaId.SURVEY_SATISFACTION_RATE)) {
        return Optional.of(f.get().grades());
      }
    }
    return Optional.empty();
  }
}
