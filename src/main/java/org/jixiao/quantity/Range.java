package org.jixiao.quantity;

import java.util.Objects;

/**
 * 区间指标值 — a value between two bounds: {@code 80%-90%}, {@code 80%～90%}, {@code 90-100%}.
 *
 * <p>Both ends are inclusive unless the text marks one of them with {@code （含）} / {@code （不含）}: in
 * {@code 75分（含）-90分} only 75 is, as grade tables mean it.
 *
 * @param text the original text
 * @param low the lower end, in a unit comparable with {@code high}
 * @param high the upper end, not below {@code low}
 */
public record Range(
    String text, Quantity low, Quantity high, boolean lowInclusive, boolean highInclusive)
    implements TargetValue {

  public Range {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    if (!low.isComparableTo(high)) {
      throw new IllegalArgumentException("区间两端单位不可比：" + low + " - " + high);
    }
    int order = low.compareWith(high);
    if (order > 0 || (order == 0 && !(lowInclusive && highInclusive))) {
      throw new IllegalArgumentException("区间为空：" + text);
    }
  }

  @Override
  public Kind kind() {
    return Kind.RANGE;
  }

  /** Whether a comparable quantity lies in the range, honouring which ends are inclusive. */
  public boolean contains(Quantity value) {
    int fromLow = value.compareWith(low);
    int fromHigh = value.compareWith(high);
    boolean aboveLow = lowInclusive ? fromLow >= 0 : fromLow > 0;
    boolean belowHigh = highInclusive ? fromHigh <= 0 : fromHigh < 0;
    return aboveLow && belowHigh;
  }
}
