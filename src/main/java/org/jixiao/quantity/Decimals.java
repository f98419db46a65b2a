package org.jixiao.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/** 数值规整 — one place for how the module writes BigDecimals back out. */
final class Decimals {

  /** Ratios: 16 significant digits, half-even, as IEEE 754 decimal64; ample for 完成比例. */
  static final MathContext RATIO = MathContext.DECIMAL64;

  private Decimals() {}

  /**
   * Drops trailing zeros but never switches to exponent form: {@code 3.93 × 10000} is {@code
   * 39300}, not {@code 3.93E+4}, so {@code toPlainString()} and {@code equals} behave.
   */
  static BigDecimal normalise(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
