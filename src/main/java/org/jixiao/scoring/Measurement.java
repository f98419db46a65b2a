package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.framework.FormulaId;

/**
 * 比率计算结果 — a ratio computed from the figures, or why it could not be: missing data, or a zero
 * denominator (undefined, never 0 %).
 */
public record Measurement(
    FormulaId formula,
    BigDecimal value,
    Map<String, String> inputs,
    String basis,
    Problem problem,
    String reason) {

  /** Why a ratio has no value. */
  public enum Problem {
    MISSING_DATA,
    ZERO_DENOMINATOR
  }

  public static Measurement of(
      FormulaId formula, BigDecimal value, Map<String, String> inputs, String basis) {
    return new Measurement(formula, value, inputs, basis, null, null);
  }

  public static Measurement missing(FormulaId formula, String reason) {
    return new Measurement(formula, null, Map.of(), null, Problem.MISSING_DATA, reason);
  }

  public static Measurement zeroDenominator(
      FormulaId formula, Map<String, String> inputs, String reason) {
    return new Measurement(formula, null, inputs, null, Problem.ZERO_DENOMINATOR, reason);
  }

  public boolean hasValue() {
    return value != null;
  }

  /** The formula with the basis actually used (e.g. "按决算数计算"). */
  public String formulaText() {
    return formula.label() + " = " + formula.formula() + (basis == null ? "" : "（" + basis + "）");
  }
}
