package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 比较印出数与计算数 — the family's one way of comparing: {@link Findings#compare} decides (nothing, INFO
 * for a rounding difference, the check's severity otherwise) and the message is then worded for
 * what was compared. Whole counts (人、件、个) compare exactly: they have nothing to round. Money
 * printed without decimals is still rounded (to 1 万元), so only counts compare exactly.
 */
final class ArithCompare {
  private ArithCompare() {}

  /**
   * A printed figure and the figure it should be.
   *
   * @param subject the printed figure in words ({@code “基本支出”的决算（执行）数})
   * @param against what it is compared with ({@code 各明细之和})
   * @param count the figures are counts (people, cases), not money
   * @param terms the figures the expected value was computed from
   */
  record Claim(
      String subject,
      String against,
      String location,
      BigDecimal stated,
      BigDecimal expected,
      String unit,
      boolean count,
      List<BigDecimal> terms,
      String basis) {}

  static Optional<Finding> compare(AuditCheck check, AuditContext ctx, Claim c) {
    return compare(check, ctx, c, ArithFormat.amount(c.expected(), c.unit()));
  }

  /**
   * A printed 0 beside figures with decimals means 0.00, not "zero to the nearest unit": it is
   * compared at the precision of the figures it is computed from.
   */
  static BigDecimal scaled(BigDecimal stated, List<BigDecimal> terms) {
    int scale = ArithFormat.scaleOf(terms);
    return stated.signum() == 0 && stated.scale() < scale ? stated.setScale(scale) : stated;
  }

  /** As {@link #compare(AuditCheck, AuditContext, Claim)}, with the expected figure written out. */
  static Optional<Finding> compare(
      AuditCheck check, AuditContext ctx, Claim c, String expectedText) {
    String statedText = ArithFormat.amount(c.stated(), c.unit());
    BigDecimal stated = scaled(c.stated(), c.terms());
    Optional<Finding> judged;
    if (exact(c.count(), stated, c.terms())) {
      judged =
          stated.compareTo(c.expected()) == 0
              ? Optional.empty()
              : Optional.of(
                  Findings.of(check, "数量不符", c.location(), statedText, expectedText, c.basis()));
    } else {
      judged =
          Findings.compare(
              check,
              ctx,
              c.subject(),
              c.location(),
              stated,
              statedText,
              c.expected(),
              expectedText,
              c.basis());
    }
    return judged.map(f -> reworded(f, c, statedText, expectedText));
  }

  private static Finding reworded(Finding f, Claim c, String statedText, String expectedText) {
    boolean rounding = f.severity() == Severity.INFO;
    String message =
        c.subject()
            + "与"
            + c.against()
            + (rounding ? "有舍入差异" : "不符")
            + "：报告为 "
            + statedText
            + "，"
            + c.against()
            + "为 "
            + expectedText;
    return new Finding(
        f.code(),
        f.severity(),
        message,
        f.location(),
        f.stated(),
        f.expected(),
        f.basis(),
        f.clause());
  }

  /** How a printed figure compares with a computed one, counts exactly. */
  static Tolerance.Verdict judge(
      AuditContext ctx,
      BigDecimal stated,
      BigDecimal expected,
      boolean count,
      List<BigDecimal> terms) {
    BigDecimal s = scaled(stated, terms);
    if (exact(count, s, terms)) {
      return s.compareTo(expected) == 0 ? Tolerance.Verdict.AGREES : Tolerance.Verdict.DIFFERS;
    }
    return ctx.tolerance().judge(s, expected);
  }

  private static boolean exact(boolean count, BigDecimal stated, List<BigDecimal> terms) {
    return count && isWhole(stated) && terms.stream().allMatch(ArithCompare::isWhole);
  }

  private static boolean isWhole(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= 0;
  }
}
