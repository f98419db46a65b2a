package org.jixiao.quantity;

import java.util.Arrays;
import java.util.Optional;

/**
 * 比较符号 — the five operators of an indicator value (指标性质), as on the MOF platform: ≥ > = < ≤.
 *
 * <p>The declaration order matches the platform's sign codes 1 to 5 ({@code computesign}).
 */
public enum Comparison {
  GE("≥", "大于等于", BetterDirection.MORE_IS_BETTER),
  GT(">", "大于", BetterDirection.MORE_IS_BETTER),
  EQ("=", "等于", BetterDirection.EXACT),
  LT("<", "小于", BetterDirection.LESS_IS_BETTER),
  LE("≤", "小于等于", BetterDirection.LESS_IS_BETTER);

  private final String symbol;
  private final String label;
  private final BetterDirection betterDirection;

  Comparison(String symbol, String label, BetterDirection betterDirection) {
    this.symbol = symbol;
    this.label = label;
    this.betterDirection = betterDirection;
  }

  /** {@code ≥ > = < ≤} (the full-width and two-character forms are normalised before this). */
  public String symbol() {
    return symbol;
  }

  /** 大于等于 / 大于 / 等于 / 小于 / 小于等于. */
  public String label() {
    return label;
  }

  public BetterDirection betterDirection() {
    return betterDirection;
  }

  /** {@code >} and {@code <}: the bound itself does not satisfy the comparison. */
  public boolean isStrict() {
    return this == GT || this == LT;
  }

  /** Both point up (≥ >), both down (≤ <), or both are =. */
  public boolean pointsSameWayAs(Comparison other) {
    return betterDirection == other.betterDirection;
  }

  /**
   * Whether a value standing in relation {@code signum} to the bound satisfies this comparison,
   * e.g. {@code GE.acceptsComparisonResult(actual.compareWith(target))}.
   *
   * @param signum negative, zero or positive, as from {@link Quantity#compareWith(Quantity)}
   */
  public boolean acceptsComparisonResult(int signum) {
    return switch (this) {
      case GE -> signum >= 0;
      case GT -> signum > 0;
      case EQ -> signum == 0;
      case LT -> signum < 0;
      case LE -> signum <= 0;
    };
  }

  public static Optional<Comparison> ofSymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }
}
