package org.jixiao.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Ratios for the forms, with the engine's precision (10 significant digits). */
final class Ratio {
  private static final MathContext CONTEXT = new MathContext(10, RoundingMode.HALF_UP);

  private Ratio() {}

  /** numerator / denominator; the caller has excluded a zero denominator. */
  static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, CONTEXT);
  }
}
