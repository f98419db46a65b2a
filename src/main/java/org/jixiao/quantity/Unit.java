package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 计量单位 — a unit as written, with the base unit it converts to and the factor between them.
 *
 * <p>{@code 万人} is {@code 10000 × 人}, {@code 亿元} is {@code 100000000 × 元}, {@code %} is {@code 0.01
 * × 比率} (so 90% has the base value 0.9). Two quantities can be compared only when their base units
 * are equal: {@code 人} and {@code 人次} are different things and stay apart.
 *
 * <p>Special base units:
 *
 * <ul>
 *   <li>{@code ""} (empty): no unit at all — a plain number ({@code 3.5}) or a bare magnitude
 *       ({@code 11.04万}, factor 10000);
 *   <li>{@code 比率}: percentages and per-mille ({@code %}, {@code ‰});
 *   <li>{@code 日期}: a calendar date, value {@code yyyyMMdd} (see {@link QuantityParser});
 *   <li>{@code 月日}: a date without a year, value {@code MMdd} ({@code 12月31日} → 1231).
 * </ul>
 *
 * <p>Which words are units, and how an unknown word after a number is read, is described in {@link
 * #read(String)}.
 *
 * @param symbol the unit as written, e.g. {@code 万人次}; empty for a plain number
 * @param baseSymbol the base unit, e.g. {@code 人次}
 * @param factor how many base units one written unit is; positive
 */
public record Unit(String symbol, String baseSymbol, BigDecimal factor) {

  /** Base unit of percentages and per-mille. */
  public static final String RATIO_BASE = "比率";

  /** No unit: a plain number. */
  public static final Unit NONE = new Unit("", "", BigDecimal.ONE);

  public static final Unit PERCENT = new Unit("%", RATIO_BASE, new BigDecimal("0.01"));
  public static final Unit PERMILLE = new Unit("‰", RATIO_BASE, new BigDecimal("0.001"));

  /** A full date; the value is {@code yyyyMMdd}, e.g. 20231231. */
  public static final Unit DATE = new Unit("日期", "日期", BigDecimal.ONE);

  /** A date without a year; the value is {@code MMdd}, e.g. 1231 or 630. */
  public static final Unit MONTH_DAY = new Unit("月日", "月日", BigDecimal.ONE);

  public Unit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(baseSymbol, "baseSymbol");
    Objects.requireNonNull(factor, "factor");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("单位换算系数必须为正数：" + symbol + " = " + factor);
    }
    // Same unit, same record: 1E+4 and 10000 must not make two 万人.
    factor = Decimals.normalise(factor);
  }

  /**
   * Reads a written unit. Known units ({@code 人}, {@code 万元}, {@code %}, {@code 平方米}, {@code 个工作日}
   * …) resolve through the catalogue; a magnitude prefix (百, 千, 万, 十万, 百万, 千万, 亿, 万亿) multiplies
   * whatever follows it; {@code X/Y} is a compound ({@code 元/人·月}); a bare magnitude ({@code 万}) is
   * a dimensionless factor.
   *
   * <p><b>Unknown words</b> (e.g. {@code 个县}, {@code 个乡镇}, {@code 周岁}) are still read: an unknown
   * word of Chinese characters or Latin letters (at most 8, no punctuation) becomes its own base
   * unit with factor 1, after any magnitude prefix is stripped ({@code 万个县} → 10000 × {@code 个县}).
   * So {@code 3个县} and {@code 5个县} compare, while {@code 3个县} and {@code 3个} do not.
   *
   * @return empty when the text cannot be a unit (digits, punctuation, too long)
   */
  public static Optional<Unit> read(String written) {
    return UnitCatalog.resolve(written);
  }

  /** Like {@link #read(String)}, for units the caller knows are valid. */
  public static Unit of(String written) {
    return read(written).orElseThrow(() -> new IllegalArgumentException("无法识别的单位：" + written));
  }

  /** The base unit itself: symbol and base both {@link #baseSymbol()}, factor 1. */
  public Unit base() {
    return isBase() ? this : new Unit(baseSymbol, baseSymbol, BigDecimal.ONE);
  }

  public boolean isBase() {
    return symbol.equals(baseSymbol) && factor.compareTo(BigDecimal.ONE) == 0;
  }

  /** Same base unit: values convert into each other by their factors. */
  public boolean isComparableTo(Unit other) {
    return baseSymbol.equals(other.baseSymbol);
  }

  /** A plain number or a bare magnitude such as {@code 万}: no dimension was written. */
  public boolean isDimensionless() {
    return baseSymbol.isEmpty();
  }

  public boolean isRatio() {
    return RATIO_BASE.equals(baseSymbol);
  }

  /** A date, with or without its year: values are day codes, not amounts. */
  public boolean isDate() {
    return DATE.baseSymbol.equals(baseSymbol) || MONTH_DAY.baseSymbol.equals(baseSymbol);
  }

  @Override
  public String toString() {
    return symbol;
  }
}
