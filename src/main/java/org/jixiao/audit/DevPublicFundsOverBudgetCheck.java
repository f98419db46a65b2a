package org.jixiao.audit;

import java.util.Set;
import org.jixiao.budget.TableKind;

/**
 * 公用经费（机关运行经费）超预算 — public funds or 机关运行经费 spent beyond their budget. Seed 000: 公用经费 1026.38
 * against 448.11 万元 (229.05 %); seed 002: 机关运行经费 332.28 against 39.52 万元 (840.79 %).
 */
final class DevPublicFundsOverBudgetCheck extends OverBudgetCheck {

  DevPublicFundsOverBudgetCheck() {
    super(
        "DEV-PUBLIC-FUNDS-OVER-BUDGET",
        "公用经费（机关运行经费）实际支出超过预算",
        "财预〔2013〕53号 公用经费控制率 = 实际支出公用经费总额 / 预算安排公用经费总额；党政机关过紧日子要求：严控一般性支出",
        Set.of(TableKind.PUBLIC_FUNDS, TableKind.OPERATING_COSTS));
  }
}
