package org.jixiao.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.audit.ConsistStatements.Discrepancy;
import org.jixiao.audit.ConsistStatements.Statement;

/** How the consistency checks word their findings, alike for every pair of places. */
final class ConsistFindings {
  static final String SAME_FIGURE = "同一报告中同一数据应前后一致";

  private ConsistFindings() {}

  /** Up to three places, in document order, without repeats. */
  static String places(List<Statement> statements) {
    Set<String> out = new LinkedHashSet<>();
    statements.stream()
        .sorted(java.util.Comparator.comparingInt(Statement::order))
        .forEach(s -> out.add(s.place()));
    String joined = out.stream().limit(3).collect(Collectors.joining("；"));
    return out.size() > 3 ? joined + " 等" + out.size() + "处" : joined;
  }

  /** What the figure is of, as printed where it deviates: 「公务接待费预算」. */
  static String what(Discrepancy d) {
    Statement s = d.stated().get(0);
    String label = s.figure() == null ? s.key().subject() : s.figure().label();
    String measure = ConsistStatements.measureLabel(d.key().measure());
    return "「" + label + "」" + (measure.isEmpty() ? "" : "（" + measure + "）");
  }

  static Severity severity(AuditCheck check, Tolerance.Verdict verdict) {
    return verdict == Tolerance.Verdict.ROUNDING ? Severity.INFO : check.severity();
  }

  static String roundingNote(Tolerance.Verdict verdict) {
    return verdict == Tolerance.Verdict.ROUNDING ? "（差额在末位舍入范围内）" : "";
  }

  /** The basis: where the other figure is printed, and the table lines that repeat it. */
  static String elsewhere(Discrepancy d) {
    String basis = "另见：" + places(d.reference()) + "，印作" + d.reference().get(0).printed();
    if (!d.supports().isEmpty()) {
      basis += "；表中同为" + d.reference().get(0).printed() + "：" + places(d.supports());
    }
    return basis;
  }
}
