package org.jixiao.framework;

/**
 * 分母为零时的处理 — what to do with a ratio whose denominator is zero (no 三公 budget, no carry-over last
 * year). Reports often write (0−0)/0 = 0%; the rate is undefined, and the framework says how to
 * score it (RULES.md §1.5).
 */
public enum ZeroDenominatorPolicy {
  /** 不适用，给满分 */
  FULL_MARKS,
  /** 不计分，需人工判断 */
  NOT_SCORED,
  /** 剔除该指标并按比例折算 */
  EXCLUDE_AND_RESCALE
}
