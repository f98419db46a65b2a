package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-CHANGE — an amount of change printed on a line (增加2826.15万元, 减少18.24万元, −9.30) against 决算数
 * − 上年决算数, with the sign its words give. A change against the budget (较预算减少) is accepted too. Where
 * the line prints no 上年决算数 the basis of the change cannot be checked, and it is not reported.
 */
final class ChangeAmountCheck extends NamedCheck {

  ChangeAmountCheck() {
    super("ARITH-CHANGE", Severity.ERROR, "增减额与所列数字不符", "增减额 = 本年数 − 上年数（或 − 预算数）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    return BudgetAdjustmentCheck.lines(ctx)
        .map(n -> compare(ctx, n))
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Finding> compare(AuditContext ctx, ArithNode n) {
    Optional<BigDecimal> stated =
        ArithStated.amount(n.line().statedChange(), n.place().amountUnit());
    BigDecimal actual = n.printed(Column.ACTUAL);
    BigDecimal last = n.printed(Column.LAST_YEAR_ACTUAL);
    if (stated.isEmpty() || actual == null || last == null) {
      return Optional.empty();
    }
    if (!n.agreesWithItems(Column.ACTUAL, ctx.tolerance())
        || !n.agreesWithItems(Column.LAST_YEAR_ACTUAL, ctx.tolerance())) {
      return Optional.empty();
    }
    List<Column> bases = new ArrayList<>(List.of(Column.LAST_YEAR_ACTUAL));
    for (Column b : List.of(Column.FULL_YEAR_BUDGET, Column.AVAILABLE, Column.INITIAL_BUDGET)) {
      if (n.printed(b) != null) {
        bases.add(b);
      }
    }
    for (Column b : bases) {
      BigDecimal expected = actual.subtract(n.printed(b));
      if (ArithCompare.judge(ctx, stated.get(), expected, false, List.of(actual, n.printed(b)))
          == Tolerance.Verdict.AGREES) {
        return Optional.empty();
      }
    }
    BigDecimal expected = actual.subtract(last);
    List<BigDecimal> terms = List.of(actual, last.negate());
    return ArithCompare.compare(
        this,
        ctx,
        new ArithCompare.Claim(
            "“" + n.name() + "”的增减额",
            "决算数减上年决算数",
            ArithFormat.at(n.row(), "增减额"),
            stated.get(),
            expected,
            n.unitOf(Column.ACTUAL),
            false,
            terms,
            ArithFormat.sum(terms, expected) + "（报告印作“" + n.line().statedChange() + "”）"));
  }
}
