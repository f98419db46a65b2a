package org.jixiao.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.budget.FigureLine;

/** 表中一行的构造 — builds a {@link FigureLine} from the few columns a generated table fills. */
final class Lines {
  private final String name;
  private Boolean consolidated;
  private BigDecimal lastYearActual;
  private BigDecimal lastYearBudget;
  private BigDecimal initial;
  private BigDecimal adjustment;
  private BigDecimal full;
  private BigDecimal actual;
  private BigDecimal opening;
  private BigDecimal closing;
  private List<FigureLine> items = List.of();

  private Lines(String name) {
    this.name = name;
  }

  static Lines named(String name) {
    return new Lines(name);
  }

  /** An amount in 万元 with two decimals, as reports print them. */
  static BigDecimal wan(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  Lines consolidated() {
    consolidated = Boolean.TRUE;
    return this;
  }

  Lines lastYear(BigDecimal budget, BigDecimal actual) {
    lastYearBudget = budget;
    lastYearActual = actual;
    return this;
  }

  /** 年初预算, 调整数 (full − initial when both given), 全年预算, 决算. */
  Lines budget(BigDecimal initial, BigDecimal full, BigDecimal actual) {
    this.initial = initial;
    this.full = full;
    this.actual = actual;
    this.adjustment = initial == null || full == null ? null : full.subtract(initial);
    return this;
  }

  Lines balances(BigDecimal opening, BigDecimal closing) {
    this.opening = opening;
    this.closing = closing;
    return this;
  }

  Lines items(FigureLine... items) {
    this.items = List.of(items);
    return this;
  }

  FigureLine build() {
    return new FigureLine(
        null,
        name,
        null,
        consolidated,
        null,
        lastYearActual,
        lastYearBudget,
        initial,
        adjustment,
        full,
        null,
        actual,
        null,
        opening,
        closing,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        items);
  }
}
