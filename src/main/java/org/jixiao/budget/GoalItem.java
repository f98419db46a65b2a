package org.jixiao.budget;

/**
 * 年度绩效目标及完成情况 — one goal of the year's overall performance goals (预期目标) with what was achieved
 * (实际完成), qualitative or quantitative.
 *
 * @param category 目标类别 as printed: 定性目标, 产出目标, 效益目标 …
 * @param code the goal's label in the report (目标1, 指标2 …)
 * @param target the goal or its target value, as printed
 * @param actual what was achieved, as printed
 */
public record GoalItem(String category, String code, String name, String target, String actual) {}
