package org.jixiao.framework;

import java.math.BigDecimal;

/** 阶梯表的一档 — a value interval and the points it earns; an open end is {@code null}. */
public record Step(
    BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive, BigDecimal points) {
  public Step {
    if (points == null) {
      throw new IllegalArgumentException("阶梯表的每一档都需要 points（得分）");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException("阶梯区间下限 " + min + " 大于上限 " + max);
    }
  }

  public boolean contains(BigDecimal value) {
    boolean aboveMin =
        min == null || (minInclusive ? value.compareTo(min) >= 0 : value.compareTo(min) > 0);
    boolean belowMax =
        max == null || (maxInclusive ? value.compareTo(max) <= 0 : value.compareTo(max) < 0);
    return aboveMin && belowMax;
  }

  String describe() {
    String lo = min == null ? "" : (minInclusive ? "[" : "(") + Numbers.percent(min);
    String hi = max == null ? "" : Numbers.percent(max) + (maxInclusive ? "]" : ")");
    String range =
        min == null
            ? (maxInclusive ? "≤" : "<") + Numbers.percent(max)
            : max == null ? (minInclusive ? "≥" : ">") + Numbers.percent(min) : lo + ", " + hi;
    return range + " 得 " + points.stripTrailingZeros().toPlainString() + " 分";
  }
}
