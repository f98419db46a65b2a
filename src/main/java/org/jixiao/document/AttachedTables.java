package org.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.scoring.SheetResult;

/**
 * 附表 — the attached tables of a year, in the order they are handed in: 基础数据表, then each
 * 部门整体支出绩效自评表, then one 项目支出绩效自评表 per project sheet. Whatever the year holds: no sheets gives the
 * 基础数据表 alone.
 */
final class AttachedTables {
  /** A form and the short name of its Excel sheet. */
  record Named(String sheetName, Grid grid) {}

  private AttachedTables() {}

  static List<Named> of(AuditedYear audited) {
    DepartmentYear year = audited.year();
    List<Named> out = new ArrayList<>();
    out.add(new Named("基础数据表", BasicDataTable.build(year)));
    int department = 0;
    int project = 0;
    for (int k = 0; k < year.sheets().size(); k++) {
      ScoreSheet sheet = year.sheets().get(k);
      SheetResult result = resultFor(audited, sheet, k);
      Grid grid = ScoreSheetTable.build(year, sheet, result);
      if (sheet.kind() == SheetKind.PROJECT) {
        project++;
        String name = sheet.project() == null ? null : sheet.project().name();
        out.add(new Named("项目" + project + (name == null ? "" : " " + name), grid));
      } else {
        department++;
        out.add(new Named(department == 1 ? "部门整体支出绩效自评表" : "部门整体支出绩效自评表" + department, grid));
      }
    }
    return out;
  }

  private static SheetResult resultFor(AuditedYear audited, ScoreSheet sheet, int index) {
    if (index < audited.sheets().size() && sheet.id().equals(audited.sheets().get(index).id())) {
      return audited.sheets().get(index);
    }
    return audited.sheets().stream()
        .filter(s -> s.id().equals(sheet.id()))
        .findFirst()
        .orElse(null);
  }
}
