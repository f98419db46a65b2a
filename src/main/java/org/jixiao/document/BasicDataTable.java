package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.budget.Building;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.TableKind;

/**
 * 部门整体支出绩效评价基础数据表 (seeds 000, 004): 财政供养人员情况, 经费控制情况 (三公经费, 项目支出, 公用经费, 政府采购金额, 部门基本支出预算调整),
 * 楼堂馆所控制情况, 厉行节约保障措施. A section the year does not hold keeps the form's standard rows, blank.
 */
final class BasicDataTable {
  private static final int[] WIDTHS = {30, 10, 10, 10, 10, 10, 10};
  private static final List<Section> SECTIONS =
      List.of(
          new Section(
              TableKind.THREE_PUBLIC,
              "三公经费",
              List.of("1、公务用车购置和维护经费", "其中：公车购置", "公车运行维护", "2、出国经费", "3、公务接待")),
          new Section(
              TableKind.PROJECT_SPENDING,
              "项目支出",
              List.of("1、业务工作经费", "2、运行维护经费", "3、本级专项资金（一个专项一行）")),
          new Section(TableKind.PUBLIC_FUNDS, "公用经费", List.of("其中：办公经费", "水费、电费、差旅费", "会议费、培训费")),
          new Section(TableKind.PROCUREMENT, "政府采购金额", List.of()),
          new Section(TableKind.BUDGET_ADJUSTMENT, "部门基本支出预算调整", List.of()));

  private record Section(TableKind kind, String name, List<String> standardItems) {}

  private final DepartmentYear year;
  private final Grid grid;
  private final SubtotalFormulas subtotals;

  private BasicDataTable(DepartmentYear year) {
    this.year = year;
    this.grid =
        new Grid(
            year.year() + "年度部门整体支出绩效评价基础数据表",
            "预算单位：" + year.unit().name() + "　　金额单位：" + year.source().amountUnit(),
            WIDTHS);
    this.subtotals = new SubtotalFormulas(grid);
  }

  static Grid build(DepartmentYear year) {
    BasicDataTable t = new BasicDataTable(year);
    t.grid.note("说明：“项目支出”填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。");
    t.unitRow();
    t.staffing();
    t.funds();
    t.buildings();
    t.thrift();
    return t.grid;
  }

  private void unitRow() {
    int r = grid.addRow();
    grid.put(r, 0, Cell.header("预算单位名称"));
    grid.span(r, 1, 6, Cell.text(year.unit().name()));
  }

  private void staffing() {
    int h = grid.addRow();
    grid.put(h, 0, Cell.header("财政供养人员情况（人）"));
    grid.merge(h, 0, h + 1, 0);
    grid.span(h, 1, 2, Cell.header("编制数"));
    grid.span(h, 3, 4, Cell.header(year.year() + "年实际在职人数"));
    grid.span(h, 5, 6, Cell.header("控制率"));
    int r = grid.addRow();
    Staffing s = year.staffing();
    Integer authorized = s == null ? null : s.authorized();
    Integer actual = s == null ? null : s.actual();
    grid.span(r, 1, 2, Cell.number(big(authorized), Cell.Format.INTEGER));
    grid.span(r, 3, 4, Cell.number(big(actual), Cell.Format.INTEGER));
    Cell rate = Cell.text("");
    if (authorized != null && actual != null && authorized > 0) {
      BigDecimal value = Ratio.of(big(actual), big(authorized));
      rate = Cell.formula(Grid.ref(r, 3) + "/" + Grid.ref(r, 1), value, Cell.Format.PERCENT);
    }
    grid.span(r, 5, 6, rate);
  }

  private void funds() {
    int h = grid.addRow();
    grid.put(h, 0, Cell.header("经费控制情况（" + year.source().amountUnit() + "）"));
    grid.span(h, 1, 2, Cell.header((year.year() - 1) + "年决算数"));
    grid.span(h, 3, 4, Cell.header(year.year() + "年预算数"));
    grid.span(h, 5, 6, Cell.header(year.year() + "年决算数"));
    for (Section section : SECTIONS) {
      List<FigureLine> lines = Tables.basicLines(year, section.kind());
      if (lines.isEmpty()) {
        lines = List.of(standard(section));
      }
      lines.forEach(line -> line(line, 0));
    }
  }

  private static FigureLine standard(Section s) {
    List<FigureLine> items = new ArrayList<>();
    s.standardItems().forEach(n -> items.add(Tables.blank(n)));
    return Tables.blank(s.name(), items);
  }

  /** Writes a line and its items; returns the row of the line. */
  private int line(FigureLine line, int depth) {
    int r = grid.addRow();
    grid.put(r, 0, Cell.text("　".repeat(depth) + Tables.name(line)));
    List<Integer> itemRows = new ArrayList<>();
    for (FigureLine item : line.items()) {
      itemRows.add(line(item, depth + 1));
    }
    column(r, 1, line, FigureLine::lastYearActual, itemRows, "上年决算数");
    column(r, 3, line, Tables::budget, itemRows, "预算数");
    column(r, 5, line, FigureLine::actual, itemRows, "决算数");
    return r;
  }

  private void column(
      int r,
      int col,
      FigureLine line,
      Function<FigureLine, BigDecimal> value,
      List<Integer> itemRows,
      String label) {
    Cell cell = subtotals.cell(line, value, itemRows, col, Cell.Format.AMOUNT, label);
    grid.span(r, col, col + 1, cell);
  }

  private void buildings() {
    int h = grid.addRow();
    grid.put(h, 0, Cell.header("楼堂馆所控制情况\n（" + year.year() + "年完工项目）"));
    String[] heads = {"批复规模（㎡）", "实际规模（㎡）", "规模控制率", "预算投资（万元）", "实际投资（万元）", "投资概算控制率"};
    for (int c = 0; c < heads.length; c++) {
      grid.put(h, c + 1, Cell.header(heads[c]));
    }
    List<Building> buildings = year.buildings();
    if (buildings.isEmpty()) {
      grid.put(grid.addRow(), 0, Cell.text(""));
    }
    for (Building b : buildings) {
      int r = grid.addRow();
      grid.put(r, 0, Cell.text(b.name() == null ? "" : b.name()));
      grid.put(r, 1, Cell.number(b.approvedArea(), Cell.Format.AMOUNT));
      grid.put(r, 2, Cell.number(b.actualArea(), Cell.Format.AMOUNT));
      grid.put(r, 3, rate(r, 2, 1, b.actualArea(), b.approvedArea()));
      grid.put(r, 4, Cell.number(b.budgetInvestment(), Cell.Format.AMOUNT));
      grid.put(r, 5, Cell.number(b.actualInvestment(), Cell.Format.AMOUNT));
      grid.put(r, 6, rate(r, 5, 4, b.actualInvestment(), b.budgetInvestment()));
    }
  }

  private static Cell rate(int r, int num, int den, BigDecimal n, BigDecimal d) {
    if (n == null || d == null || d.signum() == 0) {
      return Cell.text("");
    }
    return Cell.formula(
        Grid.ref(r, num) + "/" + Grid.ref(r, den), Ratio.of(n, d), Cell.Format.PERCENT);
  }

  private void thrift() {
    int r = grid.addRow();
    grid.put(r, 0, Cell.header("厉行节约保障措施"));
    String text =
        year.narrative().stream()
            .filter(s -> s.heading() != null && s.heading().contains("厉行节约"))
            .map(NarrativeSection::text)
            .filter(t -> t != null && !t.isBlank())
            .findFirst()
            .orElse("");
    grid.span(r, 1, 6, Cell.text(text.strip()));
  }

  private static BigDecimal big(Integer i) {
    return i == null ? null : BigDecimal.valueOf(i);
  }
}
