package org.jixiao.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.framework.Framework;
import org.jixiao.framework.Frameworks;

/**
 * 年度评分 — scores every sheet of a department's year, each under the framework it names or the
 * default for its kind.
 */
public final class YearScorer {
  public static final String DEFAULT_DEPARTMENT_FRAMEWORK = "dept-self-10";
  public static final String DEFAULT_PROJECT_FRAMEWORK = "project-self-10";

  private final Frameworks frameworks;
  private final SheetScorer sheets = new SheetScorer();

  public YearScorer(Frameworks frameworks) {
    this.frameworks = frameworks;
  }

  /** One result per sheet; a sheet whose framework is unknown is reported, not skipped. */
  public List<SheetResult> score(DepartmentYear year) {
    List<SheetResult> out = new ArrayList<>();
    for (ScoreSheet sheet : year.sheets()) {
      String id = frameworkId(sheet);
      Optional<Framework> f = frameworks.find(id);
      if (f.isEmpty()) {
        out.add(unknownFramework(sheet, id));
      } else {
        out.add(sheets.score(year, sheet, f.get()));
      }
    }
    return out;
  }

  public static String frameworkId(ScoreSheet sheet) {
    if (sheet.framework() != null && !sheet.framework().isBlank()) {
      return sheet.framework();
    }
    return sheet.kind() == SheetKind.PROJECT
        ? DEFAULT_PROJECT_FRAMEWORK
        : DEFAULT_DEPARTMENT_FRAMEWORK;
  }

  private SheetResult unknownFramework(ScoreSheet sheet, String id) {
    String reason = "未知的指标体系“" + id + "”";
    return new SheetResult(
        sheet.id(),
        sheet.kind().name(),
        sheet.name(),
        id,
        null,
        null,
        List.of(),
        List.of(),
        Score.notScored(reason),
        sheet.statedTotal(),
        null,
        sheet.statedGrade(),
        List.of(reason));
  }
}
