package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 解析结果的平面视图 — what {@code jixiao parse TEXT --json} prints, filled without knowing the variant.
 *
 * <table>
 *   <caption>fields by kind</caption>
 *   <tr><th>kind</th><th>comparison</th><th>value / unit</th><th>baseValue / baseUnit</th>
 *       <th>reason</th></tr>
 *   <tr><td>BOUND</td><td>{@code ≥ > = < ≤} ({@code =} for a plain value)</td>
 *       <td>as written: {@code 3.93} / {@code 万人}</td><td>{@code 39300} / {@code 人}</td>
 *       <td>null</td></tr>
 *   <tr><td>RANGE</td><td>null (the kind says it)</td><td>the <em>low</em> end</td>
 *       <td>the low end in base units</td><td>null</td></tr>
 *   <tr><td>QUALITATIVE</td><td>null</td><td>null</td><td>null</td><td>null</td></tr>
 *   <tr><td>UNPARSED</td><td>null</td><td>null</td><td>null</td><td>the Chinese reason</td></tr>
 * </table>
 *
 * <p>Units: a plain number has unit and base unit {@code ""}; {@code 90%} has base value {@code
 * 0.9} and base unit {@code 比率}; a deadline has unit {@code 日期} (value {@code yyyyMMdd}) or {@code
 * 月日} (value {@code MMdd}). Values are BigDecimals; print them with {@code toPlainString()}.
 */
public record ParsedView(
    String text,
    TargetValue.Kind kind,
    String comparison,
    BigDecimal value,
    String unit,
    BigDecimal baseValue,
    String baseUnit,
    String reason) {

  public ParsedView {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public static ParsedView of(TargetValue target) {
    // Java 17 has no pattern matching for switch yet; the sealed interface keeps this list whole.
    if (target instanceof Bound b) {
      return quantified(b.text(), b.kind(), b.comparison().symbol(), b.quantity());
    }
    if (target instanceof Range r) {
      return quantified(r.text(), r.kind(), null, r.low());
    }
    if (target instanceof Unparsed u) {
      return new ParsedView(u.text(), u.kind(), null, null, null, null, null, u.reason());
    }
    return new ParsedView(target.text(), target.kind(), null, null, null, null, null, null);
  }

  private static ParsedView quantified(
      String text, TargetValue.Kind kind, String comparison, Quantity quantity) {
    Quantity base = quantity.toBase();
    return new ParsedView(
        text,
        kind,
        comparison,
        quantity.value(),
        quantity.unit().symbol(),
        base.value(),
        base.unit().symbol(),
        null);
  }
}
