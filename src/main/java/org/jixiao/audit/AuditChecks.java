package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * 审核规则目录 — every check, in one list. Each family keeps its own list (one file per family) so the
 * catalogue stays readable; codes are unique across all of them (a test asserts it).
 */
public final class AuditChecks {
  private AuditChecks() {}

  public static List<AuditCheck> all() {
    List<AuditCheck> all = new ArrayList<>();
    all.addAll(ArithmeticChecks.all());
    all.addAll(ScoreChecks.all());
    all.addAll(ConsistencyChecks.all());
    return List.copyOf(all);
  }
}
