package org.jixiao.scoring;

import java.math.BigDecimal;

/**
 * 与报告数比较 — a computed score agrees with a printed one when they are the same number (8.80 and 8.8
 * agree; 9.50 and a printed 10 do not: scores are printed whole, so rounding them to the printed
 * precision would hide real differences). Rounding differences are the audit's business.
 */
public final class StatedComparison {
  private StatedComparison() {}

  public static boolean agrees(BigDecimal computed, BigDecimal stated) {
    return computed.compareTo(stated) == 0;
  }

  static ItemStatus status(Score score, BigDecimal stated) {
    if (!score.isScored()) {
      return ItemStatus.NOT_SCORED;
    }
    if (stated == null) {
      return ItemStatus.COMPUTED;
    }
    return agrees(score.points(), stated)
        ? ItemStatus.MATCHES_STATED
        : ItemStatus.DIFFERS_FROM_STATED;
  }
}
