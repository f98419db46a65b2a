package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 数量 — a value in a written unit, e.g. {@code 3.93万人}, comparable across magnitudes.
 *
 * <p>The value keeps the scale it was written with ({@code 90.00%} stays {@code 90.00}), so a
 * report can echo it; record equality is therefore scale-sensitive and {@link
 * #hasSameAmountAs(Quantity)} is the test for "the same amount". {@code 8854人} and {@code 0.82万人}
 * compare as 8854 against 8200 through {@link #compareWith(Quantity)}.
 *
 * @param value the number as written (sign included)
 * @param unit the unit as written
 */
public record Quantity(BigDecimal value, Unit unit) {

  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
  }

  /** {@code Quantity.of("3.93", "万人")}. */
  public static Quantity of(String value, String unit) {
    return new Quantity(new BigDecimal(value), Unit.of(unit));
  }

  public static Quantity of(BigDecimal value, Unit unit) {
    return new Quantity(value, unit);
  }

  /** The same amount in the base unit: {@code 3.93万人} → {@code 39300人}, {@code 90%} → 0.9 比率. */
  public Quantity toBase() {
    return new Quantity(Decimals.normalise(value.multiply(unit.factor())), unit.base());
  }

  public boolean isComparableTo(Quantity other) {
    return unit.isComparableTo(other.unit);
  }

  /**
   * Compares amounts across magnitudes, like {@link Comparable#compareTo}: negative when this is
   * less. {@code 8854人} vs {@code 0.82万人} → positive.
   *
   * @throws IllegalArgumentException when the base units differ ({@code 人} vs {@code 人次})
   */
  public int compareWith(Quantity other) {
    requireComparable(other);
    return toBase().value.compareTo(other.toBase().value);
  }

  /** Same amount in the same base unit, whatever the written unit or scale. */
  public boolean hasSameAmountAs(Quantity other) {
    return isComparableTo(other) && compareWith(other) == 0;
  }

  /**
   * This amount divided by the other, both in base units: the 完成比例 actual/target. Computed with
   * {@link java.math.MathContext#DECIMAL64} (16 significant digits, half-even), trailing zeros
   * dropped: {@code 8854人 / 8200人} = {@code 1.079756097560976}.
   *
   * @throws IllegalArgumentException when the units are not comparable or the other is zero
   */
  public BigDecimal ratioTo(Quantity other) {
    requireComparable(other);
    BigDecimal divisor = other.toBase().value;
    if (divisor.signum() == 0) {
      throw new IllegalArgumentException("除数为零：" + other.display());
    }
    return Decimals.normalise(toBase().value.divide(divisor, Decimals.RATIO));
  }

  /** As a person would write it: {@code 3.93万人}, {@code 90%}, {@code 2023年12月31日}. */
  public String display() {
    if (unit.isDate()) {
      return DateCodes.display(value, unit);
    }
    return value.toPlainString() + unit.symbol();
  }

  @Override
  public String toString() {
    return display();
  }

  private void requireComparable(Quantity other) {
    if (!isComparableTo(other)) {
      throw new IllegalArgumentException(
          "单位“" + unit.symbol() + "”与“" + other.unit.symbol() + "”不可比");
    }
  }
}
