package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.framework.Framework;

/**
 * 总分 — budget score plus every indicator's score. When the framework excludes an indicator with a
 * zero denominator, the rest are rescaled to the full points. Any unscored indicator leaves the
 * total unscored: a partial sum would look like a result.
 */
final class SheetTotal {
  private SheetTotal() {}

  static Score total(ItemResult budget, List<ItemResult> items, Framework f, List<String> notes) {
    List<ItemResult> all =
        budget == null
            ? items
            : java.util.stream.Stream.concat(java.util.stream.Stream.of(budget), items.stream())
                .toList();
    List<String> missing =
        all.stream()
            .filter(i -> i.status() != ItemStatus.EXCLUDED && !i.score().isScored())
            .map(ItemResult::name)
            .toList();
    if (!missing.isEmpty()) {
      BigDecimal partial =
          all.stream()
              .filter(i -> i.score().isScored())
              .map(i -> i.score().points())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      return Score.notScored(
          missing.size()
              + " 项未评分（"
              + String.join("、", missing.subList(0, Math.min(5, missing.size())))
              + (missing.size() > 5 ? " 等" : "")
              + "），已评分部分合计 "
              + Ratios.points(f.rounding().total(partial)));
    }
    BigDecimal sum =
        all.stream()
            .filter(i -> i.score().isScored())
            .map(i -> i.score().points())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal excluded =
        items.stream()
            .filter(i -> i.status() == ItemStatus.EXCLUDED && i.weight() != null)
            .map(ItemResult::weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (excluded.signum() > 0) {
      BigDecimal remaining = f.totalPoints().subtract(excluded);
      notes.add(
          "剔除 "
              + Ratios.points(excluded)
              + " 分的指标后按 "
              + Ratios.points(f.totalPoints())
              + "/"
              + Ratios.points(remaining)
              + " 折算");
      sum = sum.multiply(f.totalPoints()).divide(remaining, Ratios.CONTEXT);
    }
    return Score.of(f.rounding().total(sum));
  }
}
