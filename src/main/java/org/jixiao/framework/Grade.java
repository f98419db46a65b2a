package org.jixiao.framework;

import java.math.BigDecimal;

/**
 * 等级 — a grade band: the label and its lower bound; {@code inclusive} says whether a total equal to
 * the bound earns it (most sources: 90 含).
 */
public record Grade(String label, BigDecimal min, boolean inclusive) {
  public Grade {
    if (label == null || label.isBlank() || min == null) {
      throw new IllegalArgumentException("等级需要名称和下限");
    }
  }

  boolean admits(BigDecimal total) {
    int c = total.compareTo(min);
    return inclusive ? c >= 0 : c > 0;
  }
}
