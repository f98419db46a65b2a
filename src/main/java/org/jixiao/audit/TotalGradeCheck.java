package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.framework.Grade;
import org.jixiao.framework.GradeTable;

/**
 * 等级与总分不符 — the printed grade against the grade the printed total earns under the framework's grade
 * table (优秀 is 优, 良好 is 良).
 */
final class TotalGradeCheck extends NamedCheck {

  TotalGradeCheck() {
    super(
        "TOTAL-GRADE",
        Severity.ERROR,
        "评价等级与总分不符",
        "所用指标体系的等级表（财预〔2020〕10号：优 ≥90，良 80–90，中 60–80，差 <60）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      BigDecimal total = s.sheet().statedTotal();
      String stated = s.sheet().statedGrade();
      if (total == null || ScoreTexts.isBlank(stated) || s.framework() == null) {
        continue;
      }
      GradeTable grades = s.framework().grades();
      String expected = grades.gradeOf(total);
      if (grades.sameGrade(stated, expected)) {
        continue;
      }
      out.add(
          Findings.of(
              this,
              "总分 "
                  + ScoreSheets.printed(total)
                  + " 分按等级表应为“"
                  + expected
                  + "”，报告评为“"
                  + stated.strip()
                  + "”",
              s.label() + " / 评价等级",
              stated.strip(),
              expected,
              "总分 " + ScoreSheets.printed(total) + " 分；等级表：" + describe(grades)));
    }
    return out;
  }

  static String describe(GradeTable grades) {
    List<String> parts = new ArrayList<>();
    for (Grade g : grades.grades()) {
      parts.add(g.label() + " " + (g.inclusive() ? "≥" : ">") + ScoreSheets.points(g.min()));
    }
    return String.join("，", parts);
  }
}
