package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact ratio arithmetic and display, shared by measurements and scoring. */
public final class Ratios {
  /** Ratios carry 10 significant digits; rounding happens only where a framework says. */
  public static final MathContext CONTEXT = new MathContext(10, RoundingMode.HALF_UP);

  private Ratios() {}

  public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, CONTEXT);
  }

  /** 0.87908 → "87.91%". */
  public static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  public static String amount(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  public static String points(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }
}
