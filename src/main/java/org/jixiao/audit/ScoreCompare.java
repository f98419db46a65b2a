package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Stated-vs-computed for scores and points. Like {@link Findings#compare}, except that whole points
 * against whole points are never a rounding difference: a subtotal printed 15 over items of 3 + 3 +
 * 2 + 2 + 2 + 2 = 14 is wrong by a point, not rounded by one.
 */
final class ScoreCompare {
  private ScoreCompare() {}

  static Optional<Finding> points(
      AuditCheck check,
      AuditContext ctx,
      String what,
      String location,
      BigDecimal stated,
      BigDecimal expected,
      String expectedText,
      String basis) {
    String statedText = ScoreSheets.printed(stated) + " 分";
    if (isWhole(stated) && isWhole(expected) && stated.compareTo(expected) != 0) {
      return Optional.of(
          Findings.of(
              check,
              what + "与计算值不符：报告为 " + statedText + "，应为 " + expectedText,
              location,
              statedText,
              expectedText,
              basis));
    }
    return Findings.compare(
        check, ctx, what, location, stated, statedText, expected, expectedText, basis);
  }

  static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }
}
