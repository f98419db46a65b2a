package org.jixiao.quantity;

/**
 * 指标值 — a target (年度指标值) or an actual (实际完成值) after reading, with its original text.
 *
 * <p>Exactly one of: a {@link Bound} ({@code ≥90%}, {@code 3.93万人}, {@code 12月31日前完成}), a {@link
 * Range} ({@code 80%-90%}), a {@link Qualitative} phrase ({@code 按时发放}) or {@link Unparsed} text
 * with the reason it could not be read. Targets and actuals share this type because officials write
 * both the same way; see {@link QuantityParser} for how each form is read.
 */
public sealed interface TargetValue permits Bound, Range, Qualitative, Unparsed {

  /** The four forms, for code (and the CLI) that only needs to know which one it holds. */
  enum Kind {
    BOUND,
    RANGE,
    QUALITATIVE,
    UNPARSED
  }

  /** The text as it was given, unchanged (line breaks, full-width signs and all). */
  String text();

  Kind kind();

  /** Bounds and ranges: something a number can be checked against. */
  default boolean isQuantitative() {
    return kind() == Kind.BOUND || kind() == Kind.RANGE;
  }

  /** The flat view the command line prints ({@code jixiao parse TEXT --json}). */
  default ParsedView view() {
    return ParsedView.of(this);
  }
}
