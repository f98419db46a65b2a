package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * 预算执行率计分 — points × execution rate (全年执行数 / 全年预算数), the rate credited at most {@code maxRate}; and
 * caps on the score when the rate is low ({@code rateCaps}).
 */
public record BudgetExecutionRule(BigDecimal points, BigDecimal maxRate, List<RateCap> rateCaps) {
  public BudgetExecutionRule {
    if (points == null || points.signum() <= 0) {
      throw new IllegalArgumentException("预算执行分值 points 必须大于 0");
    }
    if (maxRate == null) {
      maxRate = BigDecimal.ONE;
    }
    rateCaps = rateCaps == null ? List.of() : List.copyOf(rateCaps);
  }

  public String describe() {
    StringBuilder b =
        new StringBuilder("预算执行得分 = 执行率 × ")
            .append(points.stripTrailingZeros().toPlainString())
            .append(" 分（执行率按不超过 ")
            .append(Numbers.percent(maxRate))
            .append(" 计）");
    rateCaps.forEach(
        c ->
            b.append("；执行率低于 ")
                .append(Numbers.percent(c.below()))
                .append(" 时最高 ")
                .append(c.maxScore().stripTrailingZeros().toPlainString())
                .append(" 分"));
    return b.toString();
  }

  /** 执行率封顶 — below {@code below}, the budget score is at most {@code maxScore}. */
  public record RateCap(BigDecimal below, BigDecimal maxScore) {
    public RateCap {
      if (below == null || maxScore == null) {
        throw new IllegalArgumentException("执行率封顶需要 below 和 maxScore");
      }
    }
  }
}
