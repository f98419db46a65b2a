package org.jixiao.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 舍入规则 — how a framework rounds indicator scores, the budget-execution score and the total. No
 * official rule exists; the MOF platform rounds to 2 decimals half-up (RULES.md §2.2).
 */
public record RoundingPolicy(int indicatorScale, int totalScale, RoundingMode mode) {

  public static final RoundingPolicy TWO_DECIMALS_HALF_UP =
      new RoundingPolicy(2, 2, RoundingMode.HALF_UP);

  public RoundingPolicy {
    if (indicatorScale < 0 || totalScale < 0) {
      throw new IllegalArgumentException("舍入位数不能为负数");
    }
    if (mode == null) {
      mode = RoundingMode.HALF_UP;
    }
  }

  public BigDecimal score(BigDecimal value) {
    return value.setScale(indicatorScale, mode);
  }

  public BigDecimal total(BigDecimal value) {
    return value.setScale(totalScale, mode);
  }
}
