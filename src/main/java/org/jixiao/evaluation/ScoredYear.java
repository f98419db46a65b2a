package org.jixiao.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.scoring.SheetResult;

/** 一份年度数据的评分结果 — a file, the year read from it, and one result per scored table. */
public record ScoredYear(Path file, DepartmentYear year, List<SheetResult> sheets) {
  public ScoredYear {
    sheets = List.copyOf(sheets);
  }
}
