package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;

/** 审核 — runs every check of the catalogue over one year. */
public final class Auditor {
  private final List<AuditCheck> checks;

  public Auditor() {
    this(AuditChecks.all());
  }

  public Auditor(List<AuditCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public AuditReport audit(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (AuditCheck check : checks) {
      findings.addAll(check.check(context));
    }
    return new AuditReport(findings);
  }
}
