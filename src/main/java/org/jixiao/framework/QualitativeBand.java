package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * 定性档次 — a qualitative achievement level and the share of the weight it allows, e.g. 达成年度指标 → [80
 * %, 100 %] (财预〔2020〕10号; the MOF platform validates exactly these three).
 */
public record QualitativeBand(
    String label, BigDecimal min, BigDecimal max, boolean minInclusive, boolean maxInclusive) {

  public static final List<QualitativeBand> OFFICIAL =
      List.of(
          new QualitativeBand("达成年度指标", new BigDecimal("0.8"), BigDecimal.ONE, true, true),
          new QualitativeBand(
              "部分达成年度指标并具有一定效果", new BigDecimal("0.6"), new BigDecimal("0.8"), true, false),
          new QualitativeBand("未达成年度指标且效果较差", BigDecimal.ZERO, new BigDecimal("0.6"), true, false));

  public QualitativeBand {
    if (label == null || min == null || max == null) {
      throw new IllegalArgumentException("定性档次需要 label、min、max");
    }
  }

  /** Whether {@code score} of an indicator weighing {@code weight} lies in this band. */
  public boolean admits(BigDecimal score, BigDecimal weight) {
    BigDecimal lo = weight.multiply(min);
    BigDecimal hi = weight.multiply(max);
    boolean aboveMin = minInclusive ? score.compareTo(lo) >= 0 : score.compareTo(lo) > 0;
    boolean belowMax = maxInclusive ? score.compareTo(hi) <= 0 : score.compareTo(hi) < 0;
    return aboveMin && belowMax;
  }

  String describe() {
    return label
        + " "
        + (minInclusive ? "[" : "(")
        + Numbers.percent(min)
        + ", "
        + Numbers.percent(max)
        + (maxInclusive ? "]" : ")")
        + " × 分值";
  }
}
