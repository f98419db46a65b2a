package org.jixiao.audit;

import java.util.List;

/**
 * 算术与比率 — sums, subtotals, totals, budget identities, carry-forwards, rates, shares and changes,
 * each recomputed from the figures the report prints; see {@link AuditChecks}.
 */
final class ArithmeticChecks {
  private ArithmeticChecks() {}

  static List<AuditCheck> all() {
    return List.of(
        new ItemsSumCheck(),
        new UnitSumCheck(),
        new ScopeSumCheck(),
        new BudgetAdjustmentCheck(),
        new AdjustmentSignCheck(),
        new BudgetBalanceCheck(),
        new CarryForwardCheck(),
        new FundBalanceCheck(),
        new FundsBlockCheck(),
        new ChangeAmountCheck(),
        new StaffingSumCheck(),
        new CrossTableCheck(),
        new LineRateCheck(),
        new ShareCheck(),
        new ChangeRateCheck(),
        new ExecutionRateCheck(),
        new StaffControlRateCheck(),
        new IndicatorRateCheck(),
        new IndicatorBasisCheck(),
        new UndefinedRateCheck());
  }
}
