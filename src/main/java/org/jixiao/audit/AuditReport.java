package org.jixiao.audit;

import java.util.List;

/** 审核结果 — the findings of one year, most severe first. */
public record AuditReport(List<Finding> findings) {
  public AuditReport {
    findings = Findings.sorted(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }
}
