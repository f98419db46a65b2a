package org.jixiao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are printed in the documents: money and scores with two decimals, rates in %. */
final class Numbers {
  private Numbers() {}

  static String show(BigDecimal value, Cell.Format format) {
    if (value == null) {
      return "";
    }
    return switch (format) {
      case AMOUNT, SCORE -> two(value);
      case PERCENT -> percent(value);
      case INTEGER -> value.setScale(0, RoundingMode.HALF_UP).toPlainString();
      case TEXT -> value.toPlainString();
    };
  }

  /** 1991.73 → "1991.73"; 58 → "58.00". */
  static String two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** 0.879085 → "87.91%". */
  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** Scores as officials print them: 98.79, 10, 9.2 → "98.79", "10", "9.2". */
  static String points(BigDecimal value) {
    BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /** An amount in a sentence: 1991.73 → "1991.73", 58 → "58", 131.70 → "131.70" as entered. */
  static String amount(BigDecimal value) {
    return value.scale() > 2 ? two(value) : value.toPlainString();
  }

  static boolean same(BigDecimal a, BigDecimal b) {
    return a != null && b != null && a.compareTo(b) == 0;
  }
}
