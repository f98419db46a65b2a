package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-BALANCE — where a line prints its 结余, 预算数 − 决算数 = 结余 (with the 实际可用指标 or the 全年预算; either
 * reading is accepted).
 */
final class BudgetBalanceCheck extends NamedCheck {

  BudgetBalanceCheck() {
    super("ARITH-BALANCE", Severity.ERROR, "预算数减决算数不等于结余", "结余 = 全年预算（可用指标）数 − 决算数");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return BudgetAdjustmentCheck.lines(ctx)
        .map(n -> compare(ctx, n))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Finding> compare(AuditContext ctx, ArithNode n) {
    BigDecimal balance = n.printed(Column.BALANCE);
    BigDecimal actual = n.printed(Column.ACTUAL);
    List<Column> budgets =
        Stream.of(Column.AVAILABLE, Column.FULL_YEAR_BUDGET)
            .filter(c -> n.printed(c) != null)
            .toList();
    if (balance == null || actual == null || budgets.isEmpty()) {
      return Optional.empty();
    }
    List<Column> used = new ArrayList<>(budgets);
    used.add(Column.ACTUAL);
    used.add(Column.BALANCE);
    if (!used.stream().allMatch(c -> n.agreesWithItems(c, ctx.tolerance()))) {
      return Optional.empty();
    }
    Column best = budgets.get(0);
    for (Column b : budgets) {
      BigDecimal expected = n.printed(b).subtract(actual);
      if (ctx.tolerance().judge(balance, expected) == Tolerance.Verdict.AGREES) {
        return Optional.empty();
      }
    }
    BigDecimal budget = n.printed(best);
    BigDecimal expected = budget.subtract(actual);
    List<BigDecimal> terms = List.of(budget, actual.negate());
    return ArithCompare.compare(
        this,
        ctx,
        new ArithCompare.Claim(
            "“" + n.name() + "”的结余",
            best.label() + "减决算数",
            n.at(Column.BALANCE),
            balance,
            expected,
            n.unitOf(Column.BALANCE),
            false,
            terms,
            ArithFormat.sum(terms, expected)));
  }
}
