package org.jixiao.audit;

import java.util.List;

/** Checks of one family; see {@link AuditChecks}. */
final class ScoreChecks {
  private ScoreChecks() {}

  static List<AuditCheck> all() {
    return List.of();
  }
}
