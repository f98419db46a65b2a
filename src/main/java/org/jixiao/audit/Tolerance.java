package org.jixiao.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 舍入容差 — a printed figure that differs from the computed one by no more than {@code digits} units
 * of its last printed digit is a rounding difference (INFO), not an error. Default: one unit (±0.01
 * for a figure printed with two decimals).
 */
public record Tolerance(BigDecimal digits) {
  public static final Tolerance DEFAULT = new Tolerance(BigDecimal.ONE);

  public Tolerance {
    if (digits == null || digits.signum() < 0) {
      throw new IllegalArgumentException("容差必须为非负数");
    }
  }

  /** How a stated figure compares with the computed one. */
  public enum Verdict {
    /** rounds to the printed figure */
    AGREES,
    /** off by no more than the tolerance */
    ROUNDING,
    /** materially different */
    DIFFERS
  }

  /**
   * @param stated the printed figure, with the scale it was printed with
   * @param expected the exact computed figure
   */
  public Verdict judge(BigDecimal stated, BigDecimal expected) {
    int scale = Math.max(stated.scale(), 0);
    if (expected.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0) {
      return Verdict.AGREES;
    }
    if (scale == 0) {
      boolean truncated =
          expected.setScale(0, RoundingMode.DOWN).compareTo(stated) == 0
              && stated.subtract(expected).abs().compareTo(BigDecimal.ONE) < 0;
      return truncated ? Verdict.ROUNDING : Verdict.DIFFERS;
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    BigDecimal allowed = unit.multiply(digits);
    return stated.subtract(expected).abs().compareTo(allowed) <= 0
        ? Verdict.ROUNDING
        : Verdict.DIFFERS;
  }
}
