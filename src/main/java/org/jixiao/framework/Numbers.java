package org.jixiao.framework;

import java.math.BigDecimal;

/** Formats ratios for Chinese explanations: 0.9 → 90%. */
final class Numbers {
  private Numbers() {}

  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
