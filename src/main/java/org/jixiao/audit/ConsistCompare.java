package org.jixiao.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jixiao.quantity.Unit;

/**
 * 两处印出数的比较 — two printed figures of one quantity, in any units that convert ({@code 4.6万人次} and
 * {@code 46000人次}), judged at the precision of the coarser one. Amounts and rates may differ in
 * their last digit by rounding ({@link Tolerance}); whole counts of people or cases are never
 * rounded, so for them any difference is material.
 */
final class ConsistCompare {
  static final MathContext CONTEXT = new MathContext(12, RoundingMode.HALF_UP);

  private ConsistCompare() {}

  /** How figure a and figure b agree, symmetric. */
  static Tolerance.Verdict judge(
      Tolerance tolerance, BigDecimal a, Unit aUnit, BigDecimal b, Unit bUnit) {
    boolean aCoarser = quantum(a, aUnit).compareTo(quantum(b, bUnit)) >= 0;
    BigDecimal coarse = aCoarser ? a : b;
    Unit coarseUnit = aCoarser ? aUnit : bUnit;
    BigDecimal fine = aCoarser ? b : a;
    Unit fineUnit = aCoarser ? bUnit : aUnit;
    BigDecimal fineInCoarse = fine.multiply(fineUnit.factor()).divide(coarseUnit.factor(), CONTEXT);
    if (isWholeCount(a, aUnit) && isWholeCount(b, bUnit)) {
      return fineInCoarse.compareTo(coarse) == 0
          ? Tolerance.Verdict.AGREES
          : Tolerance.Verdict.DIFFERS;
    }
    return tolerance.judge(coarse, fineInCoarse);
  }

  /** The value of one printed unit of the last digit, in the base unit. */
  static BigDecimal quantum(BigDecimal value, Unit unit) {
    return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).multiply(unit.factor());
  }

  /** 36人, 55件: a count written in full, which no rounding can explain away. */
  static boolean isWholeCount(BigDecimal value, Unit unit) {
    return value.scale() <= 0
        && unit.factor().compareTo(BigDecimal.ONE) == 0
        && !unit.isRatio()
        && !"元".equals(unit.baseSymbol());
  }

  /** Whether a printed figure could stand for any value within half a unit of its last digit. */
  static boolean isRounded(BigDecimal value, Unit unit) {
    return !isWholeCount(value, unit);
  }

  /** numerator ÷ denominator as a percentage, exact to twelve digits. */
  static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, CONTEXT).movePointRight(2);
  }

  /**
   * The range a completion rate may take when its count is a printed figure standing for anything
   * within half a unit of its last digit: {@code 2.33万 ÷ 2万} is 116.25%–116.75%. The target is a
   * set figure, taken as exact.
   */
  static BigDecimal[] percentRange(BigDecimal numerator, Unit numeratorUnit, BigDecimal target) {
    BigDecimal h = half(numerator, numeratorUnit);
    BigDecimal n = numerator.multiply(numeratorUnit.factor());
    return new BigDecimal[] {percent(n.subtract(h), target), percent(n.add(h), target)};
  }

  private static BigDecimal half(BigDecimal value, Unit unit) {
    return isRounded(value, unit)
        ? quantum(value, unit).divide(BigDecimal.valueOf(2), CONTEXT)
        : BigDecimal.ZERO;
  }

  /** A printed percentage within a range, allowing for its own last digit. */
  static boolean within(BigDecimal stated, BigDecimal[] range) {
    BigDecimal h =
        BigDecimal.ONE
            .movePointLeft(Math.max(stated.scale(), 0))
            .divide(BigDecimal.valueOf(2), CONTEXT);
    return stated.add(h).compareTo(range[0]) >= 0 && stated.subtract(h).compareTo(range[1]) <= 0;
  }

  /** As a person writes it: 116.5%, 2830.84万元. */
  static String show(BigDecimal value, Unit unit) {
    return value.toPlainString() + unit.symbol();
  }

  /** A computed percentage shown with two decimals. */
  static String showPercent(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
