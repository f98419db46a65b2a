package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Builds findings for "stated vs computed" the same way in every check: nothing when they agree,
 * INFO for a rounding difference, the check's severity otherwise.
 */
public final class Findings {
  private Findings() {}

  public static Optional<Finding> compare(
      AuditCheck check,
      AuditContext ctx,
      String what,
      String location,
      BigDecimal stated,
      String statedText,
      BigDecimal expected,
      String expectedText,
      String basis) {
    Tolerance.Verdict v = ctx.tolerance().judge(stated, expected);
    if (v == Tolerance.Verdict.AGREES) {
      return Optional.empty();
    }
    boolean rounding = v == Tolerance.Verdict.ROUNDING;
    String message =
        what + (rounding ? "与计算值有舍入差异" : "与计算值不符") + "：报告为 " + statedText + "，应为 " + expectedText;
    return Optional.of(
        new Finding(
            check.code(),
            rounding ? Severity.INFO : check.severity(),
            message,
            location,
            statedText,
            expectedText,
            basis,
            check.clause()));
  }

  public static Finding of(
      AuditCheck check,
      String message,
      String location,
      String stated,
      String expected,
      String basis) {
    return new Finding(
        check.code(), check.severity(), message, location, stated, expected, basis, check.clause());
  }

  public static Finding of(
      AuditCheck check,
      Severity severity,
      String message,
      String location,
      String stated,
      String expected,
      String basis) {
    return new Finding(
        check.code(), severity, message, location, stated, expected, basis, check.clause());
  }

  static List<Finding> sorted(List<Finding> findings) {
    return findings.stream()
        .sorted(java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::code))
        .toList();
  }
}
