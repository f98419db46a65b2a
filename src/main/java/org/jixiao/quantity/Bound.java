package org.jixiao.quantity;

import java.util.Objects;

/**
 * 单边指标值 — one comparison against one quantity: {@code ≥90%}, {@code ≤30天内}, {@code 3.93万人}.
 *
 * <p>A value written without any operator ({@code 3.93万人}, {@code 100%}) is a Bound with {@link
 * Comparison#EQ} and {@code explicit = false}: an <em>exact value</em>. That is how every plain
 * actual is read. An actual written as an inequality ({@code ≥95%}, {@code 60天内}) keeps its
 * operator with {@code explicit = true}, so the audit can warn that an actual should be a figure.
 *
 * <p>Deadlines are Bounds too: {@code 2023年内} is {@code ≤ 20231231} in {@link Unit#DATE}, {@code
 * 6月底前} is {@code ≤ 630} in {@link Unit#MONTH_DAY}.
 *
 * @param text the original text
 * @param comparison the operator; {@link Comparison#EQ} when none was written
 * @param quantity the number and its unit
 * @param explicit whether the text states the operator (a sign or a word such as 以上, 不超过, 内, 余)
 * @param approximate whether the text says the number is approximate (约, 近, 左右)
 */
public record Bound(
    String text, Comparison comparison, Quantity quantity, boolean explicit, boolean approximate)
    implements TargetValue {

  public Bound {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(quantity, "quantity");
    if (!explicit && comparison != Comparison.EQ) {
      throw new IllegalArgumentException("未写比较符号的值只能是“=”：" + text);
    }
  }

  /** A plain value with no operator: {@code 3.93万人}. */
  public static Bound exact(String text, Quantity quantity) {
    return new Bound(text, Comparison.EQ, quantity, false, false);
  }

  /** A written operator: {@code ≥90%}. */
  public static Bound of(String text, Comparison comparison, Quantity quantity) {
    return new Bound(text, comparison, quantity, true, false);
  }

  @Override
  public Kind kind() {
    return Kind.BOUND;
  }

  /** A plain figure, the normal form of an actual: no operator written, not approximate. */
  public boolean isExactValue() {
    return !explicit && !approximate;
  }

  /** Written as ≥ > < ≤ (or their words): fine for a target, a warning sign for an actual. */
  public boolean isInequality() {
    return comparison != Comparison.EQ;
  }

  /** A time limit given as a date ({@code 2023年内}, {@code 12月31日前完成}). */
  public boolean isDeadline() {
    return quantity.unit().isDate();
  }
}
