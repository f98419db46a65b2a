package org.jixiao.audit;

import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.framework.Frameworks;
import org.jixiao.scoring.Measurements;
import org.jixiao.scoring.SheetResult;

/**
 * 审核上下文 — what every check may look at: the year as read, the engine's scores for its sheets, the
 * frameworks, the ratios computed from the figures, and the rounding tolerance.
 */
public record AuditContext(
    DepartmentYear year,
    List<SheetResult> scored,
    Frameworks frameworks,
    Measurements measurements,
    Tolerance tolerance) {

  public AuditContext {
    scored = List.copyOf(scored);
    if (tolerance == null) {
      tolerance = Tolerance.DEFAULT;
    }
  }

  public static AuditContext of(
      DepartmentYear year, List<SheetResult> scored, Frameworks frameworks, Tolerance tolerance) {
    return new AuditContext(year, scored, frameworks, new Measurements(year), tolerance);
  }

  /** The money unit of the file, for messages. */
  public String amountUnit() {
    return year.source().amountUnit();
  }
}
