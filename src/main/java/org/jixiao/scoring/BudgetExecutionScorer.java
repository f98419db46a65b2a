package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.BudgetExecutionRule;
import org.jixiao.framework.Framework;

/**
 * 预算执行得分 — points × 全年执行数 / 全年预算数 (the adjusted full-year budget, not the year-start one), credited
 * up to the framework's cap, rounded under its policy.
 */
final class BudgetExecutionScorer {
  static final String NAME = "预算执行率";
  private static final String FORMULA = "预算执行率 = 全年执行数 / 全年预算数 × 100%";

  private BudgetExecutionScorer() {}

  static ItemResult score(ScoreSheet sheet, Framework f, String amountUnit) {
    BudgetExecutionRule rule = f.budgetExecution();
    ScoreSheet.Funds funds = sheet.funds();
    BigDecimal stated = funds == null ? null : funds.statedScore();
    FigureLine t = funds == null ? null : funds.total();
    if (t == null || t.fullYearBudget() == null || t.actual() == null) {
      return result(
          rule,
          null,
          Score.notScored("评分表缺少年度资金总额的全年预算数或全年执行数"),
          stated,
          Map.of(),
          "缺少数据",
          List.of());
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    if (t.initialBudget() != null) {
      inputs.put("年初预算数", t.initialBudget().toPlainString() + amountUnit);
    }
    inputs.put("全年预算数", t.fullYearBudget().toPlainString() + amountUnit);
    inputs.put("全年执行数", t.actual().toPlainString() + amountUnit);
    if (t.fullYearBudget().signum() == 0) {
      return result(
          rule, null, Score.notScored("全年预算数为 0，执行率无定义"), stated, inputs, "全年预算数为 0", List.of());
    }
    BigDecimal rate = Ratios.divide(t.actual(), t.fullYearBudget());
    BigDecimal credited = rate.min(rule.maxRate());
    BigDecimal raw = rule.points().multiply(credited);
    List<String> notes = new ArrayList<>();
    for (BudgetExecutionRule.RateCap cap : rule.rateCaps()) {
      if (rate.compareTo(cap.below()) < 0 && raw.compareTo(cap.maxScore()) > 0) {
        raw = cap.maxScore();
        notes.add(
            "执行率低于 "
                + Ratios.percent(cap.below())
                + "，得分封顶 "
                + Ratios.points(cap.maxScore())
                + " 分");
      }
    }
    if (rate.compareTo(f.explanations().executionBelow()) < 0) {
      notes.add(
          "执行率 "
              + Ratios.percent(rate)
              + " 低于 "
              + Ratios.percent(f.explanations().executionBelow())
              + "，应说明原因");
    }
    if (rate.compareTo(rule.maxRate()) > 0) {
      notes.add("执行数超过全年预算数，执行率按 " + Ratios.percent(rule.maxRate()) + " 计分");
    }
    BigDecimal points = f.rounding().score(raw);
    String result = "执行率 " + Ratios.percent(rate) + "，得分 " + points.toPlainString();
    return result(rule, rate, Score.of(points), stated, inputs, result, notes);
  }

  private static ItemResult result(
      BudgetExecutionRule rule,
      BigDecimal rate,
      Score score,
      BigDecimal stated,
      Map<String, String> inputs,
      String result,
      List<String> notes) {
    return new ItemResult(
        null,
        NAME,
        NAME,
        rule.points(),
        null,
        rate == null ? null : Ratios.percent(rate),
        rate,
        score,
        stated,
        StatedComparison.status(score, stated),
        new Explanation(FORMULA, inputs, rule.describe(), result),
        notes);
  }
}
