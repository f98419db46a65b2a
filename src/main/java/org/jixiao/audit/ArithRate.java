package org.jixiao.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.scoring.Ratios;

/**
 * 印出的比率 — one rate, share or change rate a report prints, with the ways it can be recomputed from
 * the figures (the first is the rule's reading; the others are readings the report may legitimately
 * have used, e.g. 年初预算 instead of 全年预算). A printed rate agrees when any reading gives it.
 *
 * @param kind which check reports it
 * @param stated the printed rate in percent (87.90 for {@code 87.90%})
 */
record ArithRate(
    Kind kind,
    String location,
    String subject,
    String statedText,
    BigDecimal stated,
    List<Reading> readings) {

  ArithRate {
    readings = List.copyOf(readings);
  }

  /** The check a printed rate belongs to. */
  enum Kind {
    LINE_RATE,
    SHARE,
    CHANGE_RATE,
    EXECUTION,
    STAFF_CONTROL,
    INDICATOR
  }

  /**
   * One way of recomputing: {@code ratio} is null when the denominator is zero.
   *
   * @param basis how it is computed, with the figures ({@code 4624.56 ÷ 5260.65})
   * @param denominatorLabel what the denominator is, for an undefined rate ({@code 上年决算数})
   */
  record Reading(BigDecimal ratio, String basis, String denominatorLabel) {

    static Reading divide(
        BigDecimal numerator, BigDecimal denominator, String words, String denominatorLabel) {
      String basis =
          words
              + "："
              + ArithFormat.plain(numerator)
              + " ÷ "
              + ArithFormat.plain(denominator)
              + " × 100%";
      return new Reading(
          denominator.signum() == 0 ? null : Ratios.divide(numerator, denominator),
          basis,
          denominatorLabel);
    }

    boolean undefined() {
      return ratio == null;
    }

    /** The ratio in percent. */
    BigDecimal percent() {
      return ratio.movePointRight(2);
    }

    /** The basis with its result ({@code … × 100% = 87.9085%}). */
    String worked() {
      if (undefined()) {
        return basis + "，分母为 0，比率无意义";
      }
      return basis + " = " + percent().setScale(4, RoundingMode.HALF_UP).toPlainString() + "%";
    }
  }

  Reading primary() {
    return readings.get(0);
  }

  /** The reading closest to the printed figure (agreeing first), among the defined ones. */
  Optional<Reading> best(AuditContext ctx) {
    Reading best = null;
    Tolerance.Verdict bestVerdict = null;
    for (Reading r : readings) {
      if (r.undefined()) {
        continue;
      }
      Tolerance.Verdict v = ctx.tolerance().judge(stated, r.percent());
      if (bestVerdict == null || v.ordinal() < bestVerdict.ordinal()) {
        best = r;
        bestVerdict = v;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether another printed rate states the same figure from the same computation. */
  boolean sameAs(ArithRate other) {
    if (stated.compareTo(other.stated) != 0) {
      return false;
    }
    Reading a = primary();
    Reading b = other.primary();
    if (a.undefined() || b.undefined()) {
      return a.undefined() && b.undefined();
    }
    return a.ratio().subtract(b.ratio()).abs().compareTo(new BigDecimal("1E-8")) <= 0;
  }
}
