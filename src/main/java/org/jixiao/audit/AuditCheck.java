package org.jixiao.audit;

import java.util.List;

/**
 * 审核规则 — one named check with a stable code. Implementations are small, stateless, and listed in
 * {@link AuditChecks}; each has a unit test showing it firing and not firing.
 */
public interface AuditCheck {

  /** Stable code, unique in the catalogue, e.g. {@code ARITH-ITEMS-SUM}. */
  String code();

  /** The severity of a material finding (rounding differences are reported as INFO). */
  Severity severity();

  /** 规则名称, in Chinese. */
  String title();

  /** The rule or document clause the check rests on. */
  String clause();

  List<Finding> check(AuditContext context);
}
