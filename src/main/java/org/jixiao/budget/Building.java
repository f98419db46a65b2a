package org.jixiao.budget;

import java.math.BigDecimal;

/**
 * 楼堂馆所控制情况 — a building project completed in the year: approved vs actual size and investment.
 *
 * @param approvedArea 批复规模（平方米）
 * @param actualArea 实际规模（平方米）
 * @param budgetInvestment 预算投资（金额单位同全文件）
 * @param actualInvestment 实际投资
 */
public record Building(
    String name,
    BigDecimal approvedArea,
    BigDecimal actualArea,
    String statedAreaControlRate,
    BigDecimal budgetInvestment,
    BigDecimal actualInvestment,
    String statedInvestmentControlRate,
    String note) {}
