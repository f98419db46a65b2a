package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.framework.FormulaId;
import org.jixiao.scoring.Ratios;

/**
 * RATE-BASIS — an indicator whose printed computation divides by the year's actual spending where
 * its framework formula divides by a budget (结转结余率 = 结转结余总额 ÷ 支出预算数): the computation is right as
 * printed but measures something else. Reported when the printed divisor is a line's 决算数 and that
 * line prints its budget, and no line prints the divisor as a budget.
 */
final class IndicatorBasisCheck extends NamedCheck {
  private static final Set<FormulaId> BUDGET_DENOMINATOR =
      Set.of(
          FormulaId.BUDGET_EXECUTION_RATE,
          FormulaId.BUDGET_COMPLETION_RATE,
          FormulaId.CARRY_OVER_RATE,
          FormulaId.PUBLIC_FUNDS_CONTROL_RATE,
          FormulaId.THREE_PUBLIC_CONTROL_RATE,
          FormulaId.PROCUREMENT_EXECUTION_RATE,
          FormulaId.KEY_EXPENDITURE_RATE,
          FormulaId.BUDGET_ADJUSTMENT_RATE,
          FormulaId.BUDGET_ADDITION_RATE);
  private static final List<Column> BUDGETS =
      List.of(Column.FULL_YEAR_BUDGET, Column.AVAILABLE, Column.INITIAL_BUDGET);

  IndicatorBasisCheck() {
    super(
        "RATE-BASIS",
        Severity.WARNING,
        "指标比率的分母与体系公式的口径不符",
        "财预〔2013〕53号 指标解释：以预算数为分母的比率不得以实际支出数代替");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ArithNode> lines =
        Stream.concat(ArithTree.everyLine(ctx.year()), ArithFunds.everyLine(ctx.year())).toList();
    for (ArithIndicatorRates.IndicatorRate r : ArithIndicatorRates.all(ctx)) {
      ArithExpression.Result e = r.expression();
      if (e == null
          || e.numerator() == null
          || e.denominator() == null
          || !BUDGET_DENOMINATOR.contains(r.formula())) {
        continue;
      }
      finding(ctx, r, e, lines).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Finding> finding(
      AuditContext ctx,
      ArithIndicatorRates.IndicatorRate r,
      ArithExpression.Result e,
      List<ArithNode> lines) {
    BigDecimal d = e.denominator();
    boolean printedAsBudget =
        lines.stream().anyMatch(n -> BUDGETS.stream().anyMatch(c -> same(n.printed(c), d)));
    if (printedAsBudget || d.signum() == 0) {
      return Optional.empty();
    }
    for (ArithNode n : lines) {
      if (!same(n.printed(Column.ACTUAL), d)) {
        continue;
      }
      for (Column c : BUDGETS) {
        BigDecimal budget = n.printed(c);
        if (budget == null || budget.signum() == 0) {
          continue;
        }
        BigDecimal expected = Ratios.divide(e.numerator(), budget).movePointRight(2);
        ArithRate rate = r.rate();
        if (ctx.tolerance().judge(rate.stated(), expected) == Tolerance.Verdict.AGREES) {
          return Optional.empty();
        }
        String expectedText = ArithFormat.percent(expected, rate.stated().scale());
        return Optional.of(
            Findings.of(
                this,
                "指标“"
                    + r.indicator().name()
                    + "”以决算数 "
                    + ArithFormat.plain(d)
                    + " 为分母，而体系公式（"
                    + r.formula().formula()
                    + "）的分母是预算数（"
                    + c.label()
                    + " "
                    + ArithFormat.plain(budget)
                    + "）：按公式应为 "
                    + expectedText
                    + "，报告为 "
                    + rate.statedText(),
                rate.location(),
                rate.statedText(),
                expectedText,
                ArithFormat.plain(e.numerator())
                    + " ÷ "
                    + ArithFormat.plain(budget)
                    + "（"
                    + n.row()
                    + " 的"
                    + c.label()
                    + "）× 100%；报告算式："
                    + e.text()));
      }
    }
    return Optional.empty();
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a != null && a.compareTo(b) == 0;
  }
}
