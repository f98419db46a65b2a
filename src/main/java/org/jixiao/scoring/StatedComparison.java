package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 与报告数比较 — a computed figure agrees with a printed one when it rounds to it at the printed
 * precision (8.80 agrees with 8.8; 8.81 does not).
 */
public final class StatedComparison {
  private StatedComparison() {}

  public static boolean agrees(BigDecimal computed, BigDecimal stated) {
    int scale = Math.max(stated.scale(), 0);
    return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0;
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
