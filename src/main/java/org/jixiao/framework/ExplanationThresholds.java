package org.jixiao.framework;

import java.math.BigDecimal;

/**
 * 需作说明的阈值 — when a deviation must be explained: execution below {@code executionBelow} (Sichuan: 90
 * %) and actual at or above {@code overAchievementAt} × target (Guangxi: 130 %).
 */
public record ExplanationThresholds(BigDecimal executionBelow, BigDecimal overAchievementAt) {
  private static final BigDecimal DEFAULT_EXECUTION = new BigDecimal("0.90");
  private static final BigDecimal DEFAULT_OVER = new BigDecimal("1.30");

  public static final ExplanationThresholds DEFAULT =
      new ExplanationThresholds(DEFAULT_EXECUTION, DEFAULT_OVER);

  public ExplanationThresholds {
    if (executionBelow == null) {
      executionBelow = DEFAULT_EXECUTION;
    }
    if (overAchievementAt == null) {
      overAchievementAt = DEFAULT_OVER;
    }
  }
}
