package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.TableKind;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.evaluation.DocumentFormat;
import org.jixiao.evaluation.DocumentKind;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.SheetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each of the five examples, the generated workbook, Word tables and report are read back with
 * POI: every figure of the funds block, every indicator (target, actual, weight, computed score),
 * the basic-data figures, the total and grade, the chapter headings, the figure sentences and the
 * unit's narrative.
 */
class ExampleDocumentsIT {
  private static final List<TableKind> BASIC_KINDS =
      List.of(
          TableKind.THREE_PUBLIC,
          TableKind.PROJECT_SPENDING,
          TableKind.PUBLIC_FUNDS,
          TableKind.PROCUREMENT,
          TableKind.BUDGET_ADJUSTMENT);

  static Stream<String> examples() {
    return DocumentFixture.EXAMPLES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theWorkbookHoldsEveryFigureScoreTotalAndGrade(String file) throws Exception {
    AuditedYear audited = DocumentFixture.audited(DocumentFixture.read(file));
    DepartmentYear year = audited.year();
    try (XSSFWorkbook book =
        DocumentFixture.workbook(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.XLSX))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(1 + year.sheets().size());
      XSSFSheet basic = book.getSheetAt(0);
      assertThat(DocumentFixture.numbers(basic)).containsAll(basicFigures(year));
      assertThat(DocumentFixture.numbers(basic)).containsAll(staffing(year));
      for (int k = 0; k < year.sheets().size(); k++) {
        XSSFSheet sheet = book.getSheetAt(k + 1);
        List<BigDecimal> numbers = DocumentFixture.numbers(sheet);
        List<String> texts = DocumentFixture.texts(sheet);
        assertThat(numbers)
            .as(sheet.getSheetName())
            .containsAll(fundsFigures(year.sheets().get(k)));
        SheetResult result = audited.sheets().get(k);
        for (ItemResult item : result.items()) {
          if (item.target() != null) {
            assertThat(texts).as(item.name()).contains(DocumentFixture.squeeze(item.target()));
          }
          if (item.actual() != null) {
            assertThat(texts).as(item.name()).contains(DocumentFixture.squeeze(item.actual()));
          }
          if (item.weight() != null) {
            assertThat(numbers).contains(DocumentFixture.two(item.weight()));
          }
          if (shown(item)) {
            assertThat(numbers)
                .as(item.name())
                .contains(DocumentFixture.two(item.score().points()));
          }
        }
        if (result.total().isScored()) {
          assertThat(numbers).contains(DocumentFixture.two(result.total().points()));
          assertThat(texts).contains("等级：" + result.grade());
        } else {
          assertThat(texts).contains("未评分");
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theWordTablesHoldTheSameFigures(String file) throws Exception {
    AuditedYear audited = DocumentFixture.audited(DocumentFixture.read(file));
    DepartmentYear year = audited.year();
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.DOCX))) {
      List<XWPFTable> tables = doc.getTables();
      assertThat(tables).hasSize(1 + year.sheets().size());
      List<String> basic = DocumentFixture.cells(tables.get(0));
      assertThat(basic).containsAll(List.of(strings(basicFigures(year))));
      staffing(year)
          .forEach(n -> assertThat(basic).contains(n.stripTrailingZeros().toPlainString()));
      for (int k = 0; k < year.sheets().size(); k++) {
        List<String> cells = DocumentFixture.cells(tables.get(k + 1));
        String joined = String.join("|", cells);
        for (String figure : strings(fundsFigures(year.sheets().get(k)))) {
          assertThat(joined).contains(figure);
        }
        SheetResult result = audited.sheets().get(k);
        for (ItemResult item : result.items()) {
          if (shown(item)) {
            assertThat(cells).as(item.name()).contains(Numbers.two(item.score().points()));
          }
        }
        if (result.total().isScored()) {
          assertThat(cells).contains(Numbers.two(result.total().points()), "等级：" + result.grade());
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theReportHasTheChaptersInOrderTheScoreAndEveryNarrativeParagraph(String file)
      throws Exception {
    AuditedYear audited = DocumentFixture.audited(DocumentFixture.read(file));
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.SELF_EVALUATION, DocumentFormat.DOCX))) {
      String text = DocumentFixture.text(doc);
      assertThat(text).doesNotContain("{{");
      int at = 0;
      for (String heading :
          List.of(
              "一、部门基本情况",
              "二、一般公共预算支出情况",
              "三、政府性基金预算支出情况",
              "四、国有资本经营预算支出情况",
              "五、社会保险基金预算支出情况",
              "六、其他收入情况",
              "七、部门整体支出绩效情况",
              "八、存在的问题及原因分析",
              "九、下一步改进措施",
              "十、部门整体支出绩效自评结果拟应用和公开情况")) {
        int next = text.indexOf(heading, at);
        assertThat(next).as(heading + " after position " + at).isGreaterThanOrEqualTo(0);
        at = next;
      }
      String squeezed = DocumentFixture.squeeze(text);
      for (NarrativeSection s : audited.year().narrative()) {
        for (Block b : Block.paragraphs(s.text())) {
          assertThat(squeezed).as(s.heading()).contains(DocumentFixture.squeeze(b.text()));
        }
      }
      SheetResult dept =
          audited.sheets().stream()
              .filter(s -> s.kind().equals("DEPARTMENT"))
              .findFirst()
              .orElseThrow();
      if (dept.total().isScored()) {
        assertThat(text)
            .contains(
                "自评得分为" + Numbers.points(dept.total().points()) + "分，等级为“" + dept.grade() + "”");
      }
      assertThat(text)
          .contains(
              "数据审核情况", "发现错误" + audited.report().count(org.jixiao.audit.Severity.ERROR) + "项");
      assertThat(doc.getTables()).hasSize(1 + audited.year().sheets().size());
      assertThat(text)
          .contains(audited.year().unit().name() + "\n" + audited.year().year() + "年度部门整体支出绩效自评报告");
    }
  }

  @Test
  void seed000sFigureSentencesComeFromTheModel() throws Exception {
    AuditedYear audited =
        DocumentFixture.audited(DocumentFixture.read(DocumentFixture.EXAMPLES.get(0)));
    try (XWPFDocument doc =
        DocumentFixture.document(
            DocumentFixture.write(audited, DocumentKind.SELF_EVALUATION, DocumentFormat.DOCX))) {
      String text = DocumentFixture.text(doc);
      assertThat(text)
          .contains(
              "2024年基本支出年初预算为1991.73万元，年中调整追加839.11万元，本年实际支出2830.84万元",
              "2024年“三公”经费预算为58万元，实际支出39.76万元，较预算减少18.24万元（下降31.45%），上年决算为48.59万元",
              "2024年项目支出年初预算为131.70万元，年中调整追加1662.01万元，本年实际支出1793.71万元",
              "2024年年底人员编制数95人，实有在职人员95人，在职人员控制率100.00%",
              "自评得分为98.79分，等级为“优”",
              "预算执行率为87.91%（全年执行数4624.56万元／全年预算数5260.65万元），预算执行得分8.79分（分值10分）",
              "实际收入为67171万元，收入预算执行率98.83%",
              "益阳市财政局（制）",
              "预算编码：",
              "报告日期：2025年4月16日");
    }
  }

  @Test
  void seed004ShowsTheComputedScoreAndNotesTheStatedOne() throws Exception {
    AuditedYear audited =
        DocumentFixture.audited(DocumentFixture.read(DocumentFixture.EXAMPLES.get(4)));
    try (XSSFWorkbook book =
        DocumentFixture.workbook(
            DocumentFixture.write(audited, DocumentKind.TABLES, DocumentFormat.XLSX))) {
      XSSFSheet dept = book.getSheetAt(1);
      assertThat(DocumentFixture.numbers(dept))
          .contains(new BigDecimal("95.36"), new BigDecimal("0.36"));
      assertThat(String.join("", DocumentFixture.texts(dept)))
          .contains("“职称评定通过率”填报得分2，按评分规则计算为0.36", "填报总分97，按评分规则计算为95.36");
      assertThat(book.getSheetAt(3).getSheetName()).startsWith("项目2");
    }
  }

  /** A score the form prints as a number: scored, and not a 不适用 / excluded row. */
  private static boolean shown(ItemResult item) {
    return item.score().isScored()
        && item.status() != ItemStatus.EXCLUDED
        && item.status() != ItemStatus.NOT_SCORED
        && item.status() != ItemStatus.STATED_OUT_OF_RANGE;
  }

  static List<BigDecimal> basicFigures(DepartmentYear year) {
    List<BigDecimal> out = new ArrayList<>();
    for (TableKind kind : BASIC_KINDS) {
      for (FigureLine top : Tables.basicLines(year, kind)) {
        for (FigureLine l : flatten(top)) {
          add(out, l.lastYearActual());
          add(out, Tables.budget(l));
          add(out, l.actual());
        }
      }
    }
    return out;
  }

  static List<BigDecimal> staffing(DepartmentYear year) {
    List<BigDecimal> out = new ArrayList<>();
    if (year.staffing() != null) {
      if (year.staffing().authorized() != null) {
        out.add(DocumentFixture.two(BigDecimal.valueOf(year.staffing().authorized())));
      }
      if (year.staffing().actual() != null) {
        out.add(DocumentFixture.two(BigDecimal.valueOf(year.staffing().actual())));
      }
    }
    return out;
  }

  static List<BigDecimal> fundsFigures(ScoreSheet sheet) {
    List<BigDecimal> out = new ArrayList<>();
    if (sheet.funds() == null) {
      return out;
    }
    List<FigureLine> lines = new ArrayList<>();
    if (sheet.funds().total() != null) {
      lines.add(sheet.funds().total());
    }
    sheet.funds().byIncome().forEach(l -> lines.addAll(flatten(l)));
    sheet.funds().byNature().forEach(l -> lines.addAll(flatten(l)));
    for (FigureLine l : lines) {
      add(out, l.initialBudget());
      add(out, l.fullYearBudget());
      add(out, l.actual());
    }
    add(out, sheet.funds().points());
    return out;
  }

  private static List<FigureLine> flatten(FigureLine l) {
    List<FigureLine> out = new ArrayList<>();
    out.add(l);
    l.items().forEach(i -> out.addAll(flatten(i)));
    return out;
  }

  private static void add(List<BigDecimal> out, BigDecimal v) {
    if (v != null) {
      out.add(DocumentFixture.two(v));
    }
  }

  private static String[] strings(List<BigDecimal> values) {
    return values.stream().map(BigDecimal::toPlainString).toArray(String[]::new);
  }
}
