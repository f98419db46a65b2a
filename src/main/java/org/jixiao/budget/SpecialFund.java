package org.jixiao.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * 专项资金 — a special fund with its amount, its performance goal and any indicators (seed 001 lists
 * eighteen of them).
 */
public record SpecialFund(
    String code,
    String name,
    BigDecimal amount,
    String goal,
    List<Indicator> indicators,
    String note) {

  public SpecialFund {
    indicators = Lists.copy(indicators);
  }
}
