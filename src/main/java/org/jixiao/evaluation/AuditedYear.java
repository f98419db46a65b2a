package org.jixiao.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.audit.AuditReport;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.scoring.SheetResult;

/** 一份年度数据的审核结果 — the year, its scores and the findings. */
public record AuditedYear(
    Path file, DepartmentYear year, List<SheetResult> sheets, AuditReport report) {
  public AuditedYear {
    sheets = List.copyOf(sheets);
  }
}
