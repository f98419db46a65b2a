package org.jixiao.quantity;

/** 指标方向 — which way an actual should move from its target: 正向, 反向 or 等于. */
public enum BetterDirection {
  /** 正向指标: more is better (≥, >). */
  MORE_IS_BETTER("正向"),
  /** 反向指标: less is better (≤, <). */
  LESS_IS_BETTER("反向"),
  /** 等于: the value itself is the target (=). */
  EXACT("等于");

  private final String label;

  BetterDirection(String label) {
    this.label = label;
  }

  /** The Chinese name used in scoring tables: 正向 / 反向 / 等于. */
  public String label() {
    return label;
  }
}
