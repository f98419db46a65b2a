package org.jixiao.quantity;

import java.util.Optional;

/**
 * 单位对齐 — brings a target and an actual into units that compare, where that needs no guess beyond
 * what the table itself implies.
 *
 * <ul>
 *   <li>Same base unit: nothing to do.
 *   <li>One side has no unit ({@code 100} beside {@code ≥95%}, {@code 11.04万} beside {@code
 *       ≤12万元}): it is read in the other side's unit — a plain number in the written unit ({@code
 *       100%}), a bare magnitude in the base unit ({@code 11.04万元}). Officials leave the unit off a
 *       cell when the row already says it; the note records that this was assumed.
 *   <li>A full date beside a date without a year: both are compared as month and day.
 * </ul>
 *
 * @param target the target quantity, perhaps re-expressed
 * @param actual the actual quantity, perhaps re-expressed
 * @param note what was assumed, or {@code null}
 */
record UnitAlignment(Quantity target, Quantity actual, String note) {

  static Optional<UnitAlignment> of(Quantity target, Quantity actual) {
    if (target.isComparableTo(actual)) {
      return Optional.of(new UnitAlignment(target, actual, null));
    }
    Unit t = target.unit();
    Unit a = actual.unit();
    if (t.isDate() && a.isDate()) {
      return Optional.of(
          new UnitAlignment(
              DateCodes.withoutYear(target), DateCodes.withoutYear(actual), "一方未写年份，只比较月、日"));
    }
    if (a.isDimensionless() && !t.isDimensionless() && !t.isDate()) {
      return borrow(actual, t)
          .map(q -> new UnitAlignment(target, q, "实际值未写单位，按目标单位“" + t.symbol() + "”理解"));
    }
    if (t.isDimensionless() && !a.isDimensionless() && !a.isDate()) {
      return borrow(target, a)
          .map(q -> new UnitAlignment(q, actual, "目标值未写单位，按实际值单位“" + a.symbol() + "”理解"));
    }
    return Optional.empty();
  }

  /** {@code 100} in {@code %} is 100%; {@code 11.04万} in {@code 万元} is 11.04 × 10000 元. */
  private static Optional<Quantity> borrow(Quantity bare, Unit other) {
    if (bare.unit().isBase()) {
      return Optional.of(new Quantity(bare.value(), other));
    }
    if (other.isRatio()) {
      return Optional.empty(); // 0.5万 of a percentage means nothing
    }
    Unit scaled =
        new Unit(
            bare.unit().symbol() + other.baseSymbol(), other.baseSymbol(), bare.unit().factor());
    return Optional.of(new Quantity(bare.value(), scaled));
  }
}
