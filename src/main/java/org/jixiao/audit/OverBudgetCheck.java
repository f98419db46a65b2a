package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.TableKind;
import org.jixiao.scoring.Ratios;

/**
 * 超预算支出 — a line of a controlled expenditure (the total or one of its kinds) whose actual exceeds
 * its budget (全年预算, else 年初预算). Reported at the highest line that is over, naming the kinds under
 * it that are over too; the same figures printed in two tables are reported once. A zero budget
 * makes the control rate undefined, never 0 %.
 */
abstract class OverBudgetCheck extends NamedCheck {
  private final Set<TableKind> kinds;

  OverBudgetCheck(String code, String title, String clause, Set<TableKind> kinds) {
    super(code, Severity.WARNING, title, clause);
    this.kinds = Set.copyOf(kinds);
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FigureTable t : ctx.year().tables()) {
      if (!kinds.contains(t.kind())) {
        continue;
      }
      String unit =
          t.amountUnit() == null || t.amountUnit().isBlank() ? ctx.amountUnit() : t.amountUnit();
      for (FigureLine l : t.lines()) {
        walk(out, seen, t, l, unit);
      }
    }
    return out;
  }

  private void walk(List<Finding> out, Set<String> seen, FigureTable t, FigureLine l, String unit) {
    if (!isOver(l)) {
      l.items().forEach(i -> walk(out, seen, t, i, unit));
      return;
    }
    BigDecimal budget = budget(l);
    String key =
        LineNames.normalize(name(l))
            + "|"
            + budget.stripTrailingZeros()
            + "|"
            + l.actual().stripTrailingZeros();
    if (!seen.add(key)) {
      return;
    }
    List<String> kinds = new ArrayList<>();
    for (FigureLine i : l.items()) {
      if (isOver(i)) {
        seen.add(
            LineNames.normalize(name(i))
                + "|"
                + budget(i).stripTrailingZeros()
                + "|"
                + i.actual().stripTrailingZeros());
        kinds.add(name(i) + " " + i.actual().toPlainString() + " > " + budget(i).toPlainString());
      }
    }
    String rate =
        budget.signum() == 0
            ? "预算为 0，控制率无定义"
            : "控制率 " + Ratios.percent(Ratios.divide(l.actual(), budget));
    String column = l.fullYearBudget() != null ? "全年预算" : "年初预算";
    out.add(
        Findings.of(
            this,
            ScoreSheets.named(name(l))
                + "实际支出 "
                + l.actual().toPlainString()
                + unit
                + " 超过"
                + column
                + " "
                + budget.toPlainString()
                + unit
                + "（"
                + rate
                + "）"
                + (kinds.isEmpty() ? "" : "，其中 " + String.join("；", kinds))
                + (ScoreTexts.isBlank(l.reason())
                    ? ""
                    : "（报告所述原因：" + ScoreTexts.quote(l.reason(), 40) + "）"),
            "表“"
                + (t.title() == null ? t.id() : t.title())
                + "” / "
                + name(l)
                + " / "
                + FigureLine.Column.ACTUAL.label(),
            l.actual().toPlainString() + unit,
            "不超过 " + budget.toPlainString() + unit,
            l.actual().toPlainString()
                + " − "
                + budget.toPlainString()
                + " = 超支 "
                + l.actual().subtract(budget).toPlainString()
                + unit
                + "；"
                + rate));
  }

  private static boolean isOver(FigureLine l) {
    BigDecimal b = budget(l);
    return b != null && l.actual() != null && l.actual().compareTo(b) > 0;
  }

  private static BigDecimal budget(FigureLine l) {
    return l.fullYearBudget() != null ? l.fullYearBudget() : l.initialBudget();
  }

  private static String name(FigureLine l) {
    String n = l.name() == null ? l.code() : l.name().strip().replaceFirst("^其中[:：]\\s*", "");
    return l.unit() == null ? n : l.unit() + " " + n;
  }
}
