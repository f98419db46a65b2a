package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.BudgetExecutionRule;
import org.jixiao.framework.Framework;
import org.jixiao.scoring.Ratios;

/**
 * 预算执行得分不等于 分值 × 执行率 — the budget-execution score recomputed as points × 全年执行数 / 全年预算数 (the rate
 * credited up to the framework's cap), rounded under the framework's policy. Seed 004 附件3-5: 10 ×
 * 84.69 / 92 = 9.21, printed 9.20 (from the printed rate 92%): a rounding difference. A zero
 * full-year budget leaves the rate undefined, never 0 %.
 */
final class ScoreBudgetExecutionCheck extends NamedCheck {

  ScoreBudgetExecutionCheck() {
    super(
        "SCORE-BUDGET-EXECUTION",
        Severity.ERROR,
        "预算执行率得分不等于分值 × 执行率",
        "财预〔2020〕10号 单位自评：预算执行率得分 = 分值 × 全年执行数 / 全年预算数（执行率按不超过 100% 计）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    String unit = ctx.amountUnit();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      Framework f = s.framework();
      ScoreSheet.Funds funds = s.sheet().funds();
      if (f == null
          || f.budgetExecution() == null
          || funds == null
          || funds.statedScore() == null) {
        continue;
      }
      FigureLine t = funds.total();
      if (t == null || t.fullYearBudget() == null || t.actual() == null) {
        continue;
      }
      BudgetExecutionRule rule = f.budgetExecution();
      BigDecimal points = funds.points() != null ? funds.points() : rule.points();
      String location = s.label() + " / 预算执行率 / 得分";
      BigDecimal stated = funds.statedScore();
      if (t.fullYearBudget().signum() == 0) {
        out.add(
            Findings.of(
                this,
                "全年预算数为 0，执行率无定义，预算执行率得分无从计算，报告却给 " + ScoreSheets.printed(stated) + " 分",
                location,
                ScoreSheets.printed(stated) + " 分",
                "无定义（全年预算数为 0）",
                "执行率 = " + t.actual().toPlainString() + " / 0，无定义"));
        continue;
      }
      BigDecimal rate = Ratios.divide(t.actual(), t.fullYearBudget());
      BigDecimal credited = rate.min(rule.maxRate());
      BigDecimal raw = points.multiply(credited);
      String capNote = "";
      for (BudgetExecutionRule.RateCap cap : rule.rateCaps()) {
        if (rate.compareTo(cap.below()) < 0 && raw.compareTo(cap.maxScore()) > 0) {
          raw = cap.maxScore();
          capNote =
              "；执行率低于 "
                  + Ratios.percent(cap.below())
                  + "，得分封顶 "
                  + ScoreSheets.points(cap.maxScore());
        }
      }
      BigDecimal expected = f.rounding().score(raw);
      StringBuilder basis =
          new StringBuilder()
              .append(ScoreSheets.points(points))
              .append(" × ")
              .append(t.actual().toPlainString())
              .append(" / ")
              .append(t.fullYearBudget().toPlainString())
              .append(unit.isEmpty() ? "" : "（" + unit + "）")
              .append(" = ")
              .append(ScoreSheets.points(points))
              .append(" × ")
              .append(Ratios.percent(rate));
      if (rate.compareTo(rule.maxRate()) > 0) {
        basis.append("（按 ").append(Ratios.percent(rule.maxRate())).append(" 计）");
      }
      basis.append(" = ").append(expected.toPlainString()).append(capNote);
      printedRateNote(funds, points, stated).ifPresent(basis::append);
      ScoreCompare.points(
              this,
              ctx,
              "预算执行率得分",
              location,
              stated,
              raw,
              expected.toPlainString() + " 分",
              basis.toString())
          .ifPresent(out::add);
    }
    return out;
  }

  /** When the printed score follows from the printed (rounded) rate, say so: that is the origin. */
  private static Optional<String> printedRateNote(
      ScoreSheet.Funds funds, BigDecimal points, BigDecimal stated) {
    Optional<BigDecimal> printed = ScoreJudgements.percent(funds.statedRate());
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal fromPrinted = points.multiply(printed.get());
    if (fromPrinted.compareTo(stated) == 0) {
      return Optional.of(
          "；报告得分按印出的执行率 "
              + funds.statedRate().strip()
              + " 计算（"
              + ScoreSheets.points(points)
              + " × "
              + funds.statedRate().strip()
              + " = "
              + ScoreSheets.printed(stated)
              + "）");
    }
    return Optional.empty();
  }
}
