package org.jixiao.audit;

import java.util.List;

/** Checks of one family; see {@link AuditChecks}. */
final class ArithmeticChecks {
  private ArithmeticChecks() {}

  static List<AuditCheck> all() {
    return List.of();
  }
}
