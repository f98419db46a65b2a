package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.framework.Names;

/**
 * 分值合计不符 — the points of the indicators under a printed heading against the heading's printed
 * points, and all points (budget execution included) against the printed total points, or the
 * framework's total (100) when the table prints none. When the total is off only because a
 * heading's items are, the heading is where it is reported.
 */
final class TotalWeightsCheck extends NamedCheck {

  TotalWeightsCheck() {
    super(
        "TOTAL-WEIGHTS",
        Severity.ERROR,
        "分值合计不符",
        "指标体系总分 100 分；会计恒等式：各级分值 = 所属各项分值之和（财预〔2020〕10号：预算执行 10 + 产出 50 + 效益 30 + 满意度 10）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      List<ScoreSheets.Row> rows = ScoreSheets.rows(s);
      BigDecimal correction = BigDecimal.ZERO;
      Set<String> seen = new HashSet<>();
      for (LevelScore l : s.sheet().statedSubtotals()) {
        if (l.weight() == null
            || !seen.add(l.level() + "|" + Names.normalize(l.name()) + "|" + l.weight())) {
          continue;
        }
        Optional<ScoreLevels.Sum> sum =
            ScoreLevels.sum(ScoreLevels.under(s, l, rows), ScoreSheets.Row::weight);
        if (sum.isPresent() && sum.get().total().compareTo(l.weight()) != 0) {
          if (l.level() == 1) {
            correction = correction.add(l.weight().subtract(sum.get().total()));
          }
          out.add(
              Findings.of(
                  this,
                  ScoreSheets.named(l.name())
                      + "分值印作 "
                      + ScoreSheets.points(l.weight())
                      + " 分，所属各项分值合计 "
                      + ScoreSheets.points(sum.get().total())
                      + " 分",
                  ScoreLevels.location(s, l, "分值"),
                  ScoreSheets.points(l.weight()) + " 分",
                  ScoreSheets.points(sum.get().total()) + " 分",
                  "所属各项分值 " + sum.get().basis()));
        }
      }
      total(s, rows, correction).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> total(
      ScoreSheets.Sheet s, List<ScoreSheets.Row> rows, BigDecimal correction) {
    Optional<ScoreLevels.Sum> items = ScoreLevels.sum(rows, ScoreSheets.Row::weight);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    ScoreSheet sheet = s.sheet();
    BigDecimal budget = budgetPoints(s);
    BigDecimal all = budget.add(items.get().total());
    BigDecimal target =
        sheet.statedTotalWeight() != null
            ? sheet.statedTotalWeight()
            : s.framework() == null ? null : s.framework().totalPoints();
    if (target == null || all.compareTo(target) == 0) {
      return Optional.empty();
    }
    if (correction.signum() != 0 && all.add(correction).compareTo(target) == 0) {
      return Optional.empty(); // the headings add up; the error is under a heading, reported there
    }
    String whose = sheet.statedTotalWeight() != null ? "总分值印作 " : "指标体系总分 ";
    String basis =
        (budget.signum() > 0 ? "预算执行 " + ScoreSheets.points(budget) + " + " : "")
            + "各项分值 "
            + String.join(" + ", items.get().terms())
            + " = "
            + ScoreSheets.points(all);
    return Optional.of(
        Findings.of(
            this,
            "各项分值合计 "
                + ScoreSheets.points(all)
                + " 分，与"
                + whose
                + ScoreSheets.points(target)
                + " 分不符",
            s.label() + " / 总分 / 分值",
            ScoreSheets.points(target) + " 分",
            ScoreSheets.points(all) + " 分",
            basis));
  }

  /** The budget-execution points, when the framework scores budget execution. */
  private static BigDecimal budgetPoints(ScoreSheets.Sheet s) {
    if (s.framework() == null || s.framework().budgetExecution() == null) {
      return BigDecimal.ZERO;
    }
    ScoreSheet.Funds funds = s.sheet().funds();
    return funds != null && funds.points() != null
        ? funds.points()
        : s.framework().budgetExecution().points();
  }
}
