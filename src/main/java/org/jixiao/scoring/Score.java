package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** 得分 — points, or "not scored" with the reason. Missing data is never a silent 0 or full marks. */
public record Score(BigDecimal points, String reason) {

  public Score {
    if (points == null && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("未评分必须说明原因");
    }
  }

  public static Score of(BigDecimal points) {
    return new Score(Objects.requireNonNull(points), null);
  }

  public static Score notScored(String reason) {
    return new Score(null, reason);
  }

  public boolean isScored() {
    return points != null;
  }
}
