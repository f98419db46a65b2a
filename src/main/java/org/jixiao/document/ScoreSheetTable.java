package org.jixiao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.GoalItem;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.SheetResult;

/**
 * 部门整体支出绩效自评表 and 项目支出绩效自评表 (seeds 000, 004): the header (unit, or project with its departments),
 * the funds block with 执行率 and 得分 as formulas, the year's goals, the indicators by level with the
 * engine's scores, and 总分 as the sum of the scores.
 */
final class ScoreSheetTable {
  static final int[] WIDTHS = {6, 9, 9, 21, 11, 11, 7, 10, 14};

  private final DepartmentYear year;
  private final ScoreSheet sheet;
  private final SheetResult result;
  private final Grid grid;
  private final ScoreNotes notes;
  private final List<String> scoreCells = new ArrayList<>();
  private final List<String> weightCells = new ArrayList<>();

  private ScoreSheetTable(DepartmentYear year, ScoreSheet sheet, SheetResult result) {
    this.year = year;
    this.sheet = sheet;
    this.result = result;
    this.grid = new Grid(title(year, sheet), subtitle(year, sheet), WIDTHS);
    this.notes = new ScoreNotes(grid);
  }

  static Grid build(DepartmentYear year, ScoreSheet sheet, SheetResult result) {
    ScoreSheetTable t = new ScoreSheetTable(year, sheet, result);
    t.header();
    t.funds();
    t.goals();
    new IndicatorBlock(t.grid, t.notes, t.scoreCells, t.weightCells)
        .write(IndicatorRow.of(sheet, result), result);
    t.total();
    return t.grid;
  }

  static String title(DepartmentYear year, ScoreSheet sheet) {
    if (sheet.name() != null && !sheet.name().isBlank()) {
      return sheet.name().strip();
    }
    return year.year() + (sheet.kind() == SheetKind.PROJECT ? "年度项目支出绩效自评表" : "年度部门整体支出绩效自评表");
  }

  private static String subtitle(DepartmentYear year, ScoreSheet sheet) {
    return "金额单位：" + year.source().amountUnit();
  }

  private void header() {
    ScoreSheet.ProjectInfo p = sheet.project();
    if (sheet.kind() == SheetKind.PROJECT || p != null) {
      int r = grid.addRow();
      grid.span(r, 0, 1, Cell.header("项目名称"));
      grid.span(r, 2, 8, Cell.text(p == null || p.name() == null ? "" : p.name()));
      int d = grid.addRow();
      grid.span(d, 0, 1, Cell.header("主管部门"));
      grid.span(
          d,
          2,
          4,
          Cell.text(p == null || p.department() == null ? year.unit().name() : p.department()));
      grid.span(d, 5, 6, Cell.header("实施单位"));
      grid.span(d, 7, 8, Cell.text(p == null || p.implementer() == null ? "" : p.implementer()));
    } else {
      int r = grid.addRow();
      grid.span(r, 0, 1, Cell.header("预算部门名称"));
      grid.span(r, 2, 8, Cell.text(year.unit().name()));
    }
  }

  private void funds() {
    ScoreSheet.Funds f = sheet.funds();
    ItemResult exec = result == null ? null : result.budgetExecution();
    if (f == null && exec == null) {
      return;
    }
    int first = grid.addRow();
    String unit = "（" + year.source().amountUnit() + "）";
    grid.put(
        first,
        0,
        Cell.header((sheet.kind() == SheetKind.PROJECT ? "项目资金" : "年度预算申请") + "\n" + unit));
    grid.span(first, 1, 2, Cell.header(""));
    String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int c = 0; c < heads.length; c++) {
      grid.put(first, c + 3, Cell.header(heads[c]));
    }
    int r = grid.addRow();
    FigureLine total = f == null ? null : f.total();
    grid.span(r, 1, 2, Cell.label("年度资金总额"));
    amounts(r, total);
    BigDecimal points =
        exec != null && exec.weight() != null ? exec.weight() : f == null ? null : f.points();
    grid.put(r, 6, Cell.number(points, Cell.Format.SCORE));
    grid.put(r, 7, rate(r, total, exec));
    grid.put(r, 8, executionScore(r, exec));
    if (points != null) {
      weightCells.add(Grid.ref(r, 6));
    }
    if (f != null) {
      new FundsBreakdown(grid).write(f, this::amounts);
    }
    grid.merge(first, 0, grid.rows() - 1, 0);
  }

  private void amounts(int r, FigureLine line) {
    grid.put(r, 3, Cell.number(line == null ? null : line.initialBudget(), Cell.Format.AMOUNT));
    grid.put(r, 4, Cell.number(line == null ? null : line.fullYearBudget(), Cell.Format.AMOUNT));
    grid.put(r, 5, Cell.number(line == null ? null : line.actual(), Cell.Format.AMOUNT));
  }

  private Cell rate(int r, FigureLine total, ItemResult exec) {
    if (total == null
        || total.fullYearBudget() == null
        || total.actual() == null
        || total.fullYearBudget().signum() == 0) {
      return Cell.text("—");
    }
    BigDecimal value =
        exec != null && exec.value() != null
            ? exec.value()
            : Ratio.of(total.actual(), total.fullYearBudget());
    return Cell.formula(Grid.ref(r, 5) + "/" + Grid.ref(r, 4), value, Cell.Format.PERCENT);
  }

  /** The engine's score; as the formula points × min(rate, 100%) where that yields the same. */
  private Cell executionScore(int r, ItemResult exec) {
    if (exec == null) {
      return Cell.text("");
    }
    notes.item(exec, "预算执行率");
    if (!exec.score().isScored()) {
      return Cell.text("未评分");
    }
    scoreCells.add(Grid.ref(r, 8));
    BigDecimal engine = exec.score().points();
    if (exec.value() != null && exec.weight() != null) {
      BigDecimal plain =
          exec.weight()
              .multiply(exec.value().min(BigDecimal.ONE))
              .setScale(2, RoundingMode.HALF_UP);
      if (plain.compareTo(engine) == 0) {
        String f = "ROUND(" + Grid.ref(r, 6) + "*MIN(" + Grid.ref(r, 7) + ",1),2)";
        return Cell.formula(f, engine, Cell.Format.SCORE);
      }
    }
    return Cell.number(engine, Cell.Format.SCORE);
  }

  private void goals() {
    String expected = sheet.expectedGoal();
    String achieved = sheet.achievedGoal();
    if (expected == null && achieved == null && sheet.kind() == SheetKind.DEPARTMENT) {
      expected = goalText(year.overallGoals(), true);
      achieved = goalText(year.overallGoals(), false);
    }
    int h = grid.addRow();
    grid.put(h, 0, Cell.header("年度总体目标"));
    grid.span(h, 1, 4, Cell.header("预期目标"));
    grid.span(h, 5, 8, Cell.header("实际完成情况"));
    int r = grid.addRow();
    grid.span(r, 1, 4, Cell.text(Objects.requireNonNullElse(expected, "").strip()));
    grid.span(r, 5, 8, Cell.text(Objects.requireNonNullElse(achieved, "").strip()));
    grid.merge(h, 0, r, 0);
  }

  private static String goalText(List<GoalItem> goals, boolean target) {
    List<String> lines = new ArrayList<>();
    for (GoalItem g : goals) {
      String v = target ? g.target() : g.actual();
      if (v == null || v.isBlank()) {
        continue;
      }
      String label = g.code() != null ? g.code() : g.name();
      lines.add(label == null ? v.strip() : label.strip() + "：" + v.strip());
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private void total() {
    int r = grid.addRow();
    grid.span(r, 0, 5, Cell.header("总分"));
    BigDecimal weights = sumWeights();
    grid.put(
        r,
        6,
        weightCells.isEmpty()
            ? Cell.text("")
            : Cell.formula("SUM(" + String.join(",", weightCells) + ")", weights, Cell.Format.SCORE)
                .as(Cell.Role.TOTAL));
    grid.put(r, 7, notes.total(result, scoreCells));
    String grade = result == null || result.grade() == null ? "—" : result.grade();
    grid.put(r, 8, Cell.header("等级：" + grade));
  }

  private BigDecimal sumWeights() {
    BigDecimal sum = BigDecimal.ZERO;
    if (result != null
        && result.budgetExecution() != null
        && result.budgetExecution().weight() != null) {
      sum = sum.add(result.budgetExecution().weight());
    } else if (sheet.funds() != null && sheet.funds().points() != null) {
      sum = sum.add(sheet.funds().points());
    }
    for (IndicatorRow row : IndicatorRow.of(sheet, result)) {
      if (row.weight() != null) {
        sum = sum.add(row.weight());
      }
    }
    return sum;
  }
}
