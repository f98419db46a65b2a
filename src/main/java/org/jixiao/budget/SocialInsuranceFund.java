package org.jixiao.budget;

import java.math.BigDecimal;

/**
 * 社会保险基金预算 — a social-insurance fund managed by the unit: income and spending by kind, budget vs
 * actual, and the balance.
 *
 * @param income total line (fullYearBudget = 调整后预算收入, actual = 实际收入) with items by kind
 * @param expenditure total line with items by kind
 * @param statedYearBalance 本年收支结余 as printed
 * @param openingBalance 期初（年初）结余
 * @param statedClosingBalance 期末滚存结余 as printed
 * @param amountUnit money unit of this fund's figures (often 万元 even where the file differs)
 */
public record SocialInsuranceFund(
    String name,
    String amountUnit,
    FigureLine income,
    FigureLine expenditure,
    BigDecimal statedYearBalance,
    BigDecimal openingBalance,
    BigDecimal statedClosingBalance,
    String note) {}
