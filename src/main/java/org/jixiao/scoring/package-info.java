/**
 * 计算与评分：比率、指标得分、小计、总分和等级，每一项都附带计算说明。
 *
 * <p>Calculation and scoring: ratios, indicator scores, subtotals, totals, grades, each explained.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"framework", "budget", "quantity"})
package org.jixiao.scoring;
