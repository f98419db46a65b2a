package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.evaluation.DocumentFormat;
import org.jixiao.evaluation.DocumentKind;
import org.junit.jupiter.api.Test;

/** Years unlike the seeds: nothing but a unit, and a year with ten project sheets. */
class GeneratedYearsIT {

  @Test
  void aYearWithNoSheetsNoTablesAndNoNarrativeStillGivesEveryDocument() throws Exception {
    DepartmentYear year =
        new DepartmentYear(
            1,
            new ReportSource(null, null, ReportKind.SELF_EVALUATION, null, null, null, "元", null),
            2025,
            new AgencyProfile("某县档案馆", null, null, null, null, null, null, null, null),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    AuditedYear audited = DocumentFixture.audited(year);

    try (XSSFWorkbook book =
        DocumentFixture.workbook(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.XLSX))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      assertThat(DocumentFixture.texts(book.getSheetAt(0)))
          .contains("三公经费", "项目支出", "公用经费", "政府采购金额", "部门基本支出预算调整", "厉行节约保障措施", "经费控制情况（元）");
    }
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.SELF_EVALUATION, DocumentFormat.DOCX))) {
      String text = DocumentFixture.text(doc);
      assertThat(text)
          .contains(
              "某县档案馆",
              "2025年度部门整体支出绩效自评报告",
              "XX财政局（制）",
              "一、部门基本情况",
              ReportModel.NOTHING,
              "本年度数据中没有部门整体支出绩效自评表",
              "十、部门整体支出绩效自评结果拟应用和公开情况")
          .doesNotContain("十一、", "{{");
      assertThat(doc.getTables()).hasSize(1);
    }
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.DOCX))) {
      assertThat(doc.getTables()).hasSize(1);
    }
  }

  @Test
  void tenProjectSheetsGiveTenProjectTablesWithTheirOwnScores() throws Exception {
    DepartmentYear seed = DocumentFixture.read(DocumentFixture.EXAMPLES.get(4));
    ScoreSheet template = seed.sheets().get(1);
    List<ScoreSheet> sheets = new ArrayList<>();
    sheets.add(seed.sheets().get(0));
    for (int k = 1; k <= 10; k++) {
      sheets.add(
          new ScoreSheet(
              "project-" + k,
              SheetKind.PROJECT,
              null,
              template.framework(),
              new ScoreSheet.ProjectInfo("第" + k + "号项目", "某主管部门", "某实施单位"),
              template.funds(),
              template.expectedGoal(),
              template.achievedGoal(),
              template.indicators(),
              template.statedSubtotals(),
              template.statedTotal(),
              template.statedGrade(),
              template.signOffs(),
              null));
    }
    DepartmentYear year =
        new DepartmentYear(
            seed.schemaVersion(),
            seed.source(),
            seed.year(),
            seed.unit(),
            seed.staffing(),
            seed.tables(),
            seed.buildings(),
            seed.socialInsuranceFund(),
            seed.overallGoals(),
            seed.specialFunds(),
            sheets,
            seed.surveys(),
            seed.internalControl(),
            seed.narrative(),
            seed.evaluators(),
            seed.signOffs());
    AuditedYear audited = DocumentFixture.audited(year);

    try (XSSFWorkbook book =
        DocumentFixture.workbook(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.XLSX))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(12);
      for (int k = 1; k <= 10; k++) {
        var sheet = book.getSheetAt(k + 1);
        assertThat(sheet.getSheetName()).isEqualTo("项目" + k + " 第" + k + "号项目");
        assertThat(DocumentFixture.texts(sheet)).contains("第" + k + "号项目", "2023年度项目支出绩效自评表");
        assertThat(DocumentFixture.numbers(sheet))
            .contains(DocumentFixture.two(audited.sheets().get(k).total().points()));
      }
    }
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.SELF_EVALUATION, DocumentFormat.DOCX))) {
      assertThat(doc.getTables()).hasSize(12);
      assertThat(DocumentFixture.text(doc)).contains("本年度开展项目支出绩效自评10个", "附件3-10");
    }
  }
}
