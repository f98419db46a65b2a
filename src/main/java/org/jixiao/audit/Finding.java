package org.jixiao.audit;

import java.util.Objects;

/**
 * 审核发现 — one inconsistency: where it is, what the report states, what it should be and how that was
 * computed, and the rule or clause behind the check.
 *
 * @param code the check's stable code (e.g. {@code ARITH-ITEMS-SUM})
 * @param location table / row / column, sheet / indicator, or narrative section
 * @param stated the figure as the report prints it (null when the finding is about an absence)
 * @param expected the figure it should be, or what should be there
 * @param basis how {@code expected} was obtained (the arithmetic, the rule)
 * @param clause the rule or document clause behind the check
 */
public record Finding(
    String code,
    Severity severity,
    String message,
    String location,
    String stated,
    String expected,
    String basis,
    String clause) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("审核发现必须有说明");
    }
  }
}
