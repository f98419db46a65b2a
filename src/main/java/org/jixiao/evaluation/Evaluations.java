package org.jixiao.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditContext;
import org.jixiao.audit.AuditReport;
import org.jixiao.audit.Auditor;
import org.jixiao.audit.Tolerance;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.framework.Frameworks;
import org.jixiao.quantity.ParsedView;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.scoring.YearScorer;

/**
 * 评价用例 — what a user can do with Jixiao, whatever the door (command line now, web later): read a
 * year, score it, audit it, show how a target string is read.
 */
public final class Evaluations {
  private final YearSource source;
  private final Frameworks frameworks;
  private final QuantityParser parser = new QuantityParser();

  public Evaluations(YearSource source, Frameworks frameworks) {
    this.source = source;
    this.frameworks = frameworks;
  }

  public DepartmentYear read(Path file) {
    return source.read(file);
  }

  /** Reads and scores one file: every sheet under its framework. */
  public ScoredYear score(Path file) {
    DepartmentYear year = source.read(file);
    return new ScoredYear(file, year, new YearScorer(frameworks).score(year));
  }

  /** Reads, scores and audits one file with the given rounding tolerance. */
  public AuditedYear audit(Path file, Tolerance tolerance) {
    DepartmentYear year = source.read(file);
    var sheets = new YearScorer(frameworks).score(year);
    AuditReport report = new Auditor().audit(AuditContext.of(year, sheets, frameworks, tolerance));
    return new AuditedYear(file, year, sheets, report);
  }

  /** How each target or actual string is read. */
  public List<ParsedView> parse(List<String> texts) {
    return texts.stream().map(t -> ParsedView.of(parser.parse(t))).toList();
  }

  public Frameworks frameworks() {
    return frameworks;
  }
}
