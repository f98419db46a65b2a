package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-ADJUST-SIGN — a 调整数 that is a reduction (年初预算 − 调整数 = 全年预算) printed as a positive figure.
 * Reported once per table: it is how the column is written, not a slip on one line.
 */
final class AdjustmentSignCheck extends NamedCheck {

  AdjustmentSignCheck() {
    super("ARITH-ADJUST-SIGN", Severity.WARNING, "调减数印为正数", "年初预算数 + 调整数 = 全年预算数：调减应以负数列示");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    Map<ArithPlace, List<ArithNode>> byPlace = new LinkedHashMap<>();
    BudgetAdjustmentCheck.lines(ctx)
        .filter(n -> BudgetAdjustmentCheck.applies(ctx, n))
        .filter(n -> BudgetAdjustmentCheck.signFlipped(ctx, n))
        .forEach(n -> byPlace.computeIfAbsent(n.place(), p -> new ArrayList<>()).add(n));
    List<Finding> out = new ArrayList<>();
    byPlace.forEach((place, lines) -> out.add(finding(place, lines)));
    return out;
  }

  private Finding finding(ArithPlace place, List<ArithNode> lines) {
    ArithNode first = lines.get(0);
    Column target = BudgetAdjustmentCheck.target(first);
    BigDecimal initial = first.printed(Column.INITIAL_BUDGET);
    BigDecimal adj = first.printed(Column.ADJUSTMENT);
    String unit = first.unitOf(Column.ADJUSTMENT);
    String rows = lines.size() == 1 ? "" : "（共 " + lines.size() + " 行均如此）";
    return Findings.of(
        this,
        "调整数为调减，却印为正数："
            + "“"
            + first.name()
            + "”年初预算数 "
            + ArithFormat.amount(initial, unit)
            + " 减去调整数 "
            + ArithFormat.amount(adj, unit)
            + " 才等于"
            + target.label()
            + rows,
        first.at(Column.ADJUSTMENT),
        ArithFormat.amount(adj, unit),
        ArithFormat.amount(adj.negate(), unit),
        ArithFormat.sum(List.of(initial, adj.negate()), initial.subtract(adj))
            + "（"
            + target.label()
            + " "
            + ArithFormat.plain(first.printed(target))
            + "）"
            + rows);
  }
}
