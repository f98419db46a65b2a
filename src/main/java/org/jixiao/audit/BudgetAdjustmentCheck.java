package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-BUDGET-ADJUST — on every line that prints all three, 年初预算数 + 调整数 = 全年预算数 (or, where the
 * table has no 全年预算 column, the 实际可用指标).
 *
 * <p>A line whose 调整数 works only with the opposite sign is left to {@link AdjustmentSignCheck}; a
 * subtotal line whose columns do not add up to its items is left to {@link ItemsSumCheck}.
 */
final class BudgetAdjustmentCheck extends NamedCheck {

  BudgetAdjustmentCheck() {
    super(
        "ARITH-BUDGET-ADJUST",
        Severity.ERROR,
        "年初预算与调整数之和不等于全年预算",
        "年初预算数 + 调整数（追加 +、追减 −）= 全年预算数");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return lines(ctx).map(n -> compare(ctx, n)).flatMap(Optional::stream).toList();
  }

  static Stream<ArithNode> lines(AuditContext ctx) {
    return Stream.concat(ArithTree.everyLine(ctx.year()), ArithFunds.everyLine(ctx.year()));
  }

  /** 全年预算数, else 可用指标: the column the adjusted budget is printed in. */
  static Column target(ArithNode n) {
    return n.printed(Column.FULL_YEAR_BUDGET) != null ? Column.FULL_YEAR_BUDGET : Column.AVAILABLE;
  }

  /** Whether the line prints 年初, 调整 and the adjusted budget, each consistent with its items. */
  static boolean applies(AuditContext ctx, ArithNode n) {
    Column target = target(n);
    return Stream.of(Column.INITIAL_BUDGET, Column.ADJUSTMENT, target)
        .allMatch(c -> n.printed(c) != null && n.agreesWithItems(c, ctx.tolerance()));
  }

  /** Whether 年初 − 调整 gives the adjusted budget: a reduction printed without its minus sign. */
  static boolean signFlipped(AuditContext ctx, ArithNode n) {
    BigDecimal adj = n.printed(Column.ADJUSTMENT);
    BigDecimal initial = n.printed(Column.INITIAL_BUDGET);
    BigDecimal full = n.printed(target(n));
    return adj.signum() > 0
        && ctx.tolerance().judge(full, initial.add(adj)) != Tolerance.Verdict.AGREES
        && ctx.tolerance().judge(full, initial.subtract(adj)) == Tolerance.Verdict.AGREES;
  }

  private Optional<Finding> compare(AuditContext ctx, ArithNode n) {
    if (!applies(ctx, n) || signFlipped(ctx, n)) {
      return Optional.empty();
    }
    Column target = target(n);
    BigDecimal initial = n.printed(Column.INITIAL_BUDGET);
    BigDecimal adj = n.printed(Column.ADJUSTMENT);
    BigDecimal expected = initial.add(adj);
    List<BigDecimal> terms = List.of(initial, adj);
    return ArithCompare.compare(
        this,
        ctx,
        new ArithCompare.Claim(
            "“" + n.name() + "”的" + target.label(),
            "年初预算数与调整数之和",
            n.at(target),
            n.printed(target),
            expected,
            n.unitOf(target),
            false,
            terms,
            ArithFormat.sum(terms, expected)));
  }
}
