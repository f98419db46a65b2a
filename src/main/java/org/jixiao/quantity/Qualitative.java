package org.jixiao.quantity;

import java.util.Objects;
import java.util.Set;

/**
 * 定性指标值 — a phrase, not a number: {@code 按时发放}, {@code 稳定}, {@code 有效促进}, {@code 三区两通道}.
 *
 * <p>Some phrases still point a way against something named but not quantified: {@code 不超过预算投入} is
 * {@code direction = ≤, reference = 预算投入}; {@code 较上年下降} is {@code <} against {@code 上年}. They stay
 * qualitative — the reference has no number here, and none is guessed — but the hint lets a caller
 * that knows the reference amount finish the comparison.
 *
 * @param text the original text
 * @param phrase the phrase as read (whitespace removed, trailing full stop dropped)
 * @param direction the way the phrase points, or {@code null} when it points nowhere
 * @param reference what the phrase compares against ({@code 预算投入}, {@code 上年}), or {@code null}
 */
public record Qualitative(String text, String phrase, Comparison direction, String reference)
    implements TargetValue {

  private static final Set<String> NOT_APPLICABLE = Set.of("不适用", "无此项", "N/A", "n/a", "NA");

  public Qualitative {
    Objects.requireNonNull(text, "text");
    if (phrase == null || phrase.isBlank()) {
      throw new IllegalArgumentException("定性指标值不能为空：" + text);
    }
    if (reference != null && direction == null) {
      throw new IllegalArgumentException("有参照对象却没有方向：" + text);
    }
  }

  public static Qualitative of(String text, String phrase) {
    return new Qualitative(text, phrase, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.QUALITATIVE;
  }

  /** {@code 不适用}: the row is a placeholder, there is nothing to meet. */
  public boolean isNotApplicable() {
    return NOT_APPLICABLE.contains(phrase);
  }

  /** Points against a named reference that has no number here ({@code 不超过预算投入}). */
  public boolean hasReference() {
    return reference != null;
  }
}
