package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ConsistencyFixture.line;
import static org.jixiao.audit.ConsistencyFixture.lines;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ConsistFundsCheckTest {

  private final ConsistFundsCheck check = new ConsistFundsCheck();

  private static ConsistencyFixture.YearBuilder withSpending() {
    return year()
        .table(
            "text.basic",
            TableKind.EXPENDITURE,
            "基本支出情况",
            lines(line("基本支出").initial("1991.73").adjustment("839.11").actual("2830.84")))
        .table(
            "text.project",
            TableKind.EXPENDITURE,
            "项目支出情况",
            lines(line("项目支出").initial("131.70").adjustment("1662.01").actual("1793.71")));
  }

  @Test
  void theSheetsBudgetAgainstBasicPlusProjectSpending() {
    var y =
        withSpending()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .funds("2123.42", "5260.65", "4624.56", "2830.85", "1793.71")
                    .build())
            .build();

    var found = run(check, y);

    assertThat(found)
        .extracting(Finding::severity, Finding::stated, Finding::expected)
        .containsExactlyInAnyOrder(
            tuple(Severity.INFO, "2123.42万元", "2123.43万元"),
            tuple(Severity.ERROR, "5260.65万元", "4624.55万元"));
  }

  @Test
  void aBlockWithoutItsPartsIsComparedAsAWhole() {
    var y =
        withSpending()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .funds("2123.43", "4624.55", "4624.65", null, null)
                    .build())
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).contains("全年执行数");
              assertThat(f.stated()).isEqualTo("4624.65万元");
              assertThat(f.expected()).isEqualTo("4624.55万元");
              assertThat(f.basis()).contains("2830.84").contains("1793.71");
            });
  }

  @Test
  void theDepartmentsBudgetCannotBeLessThanItsProjects() {
    var y =
        year()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .funds("993.6", "1034.36", "1034.36", "360.71", "673.65")
                    .build())
            .sheet(
                sheet("p1", SheetKind.PROJECT, "业务工作经费")
                    .funds("130", "107.96", "107.96", null, null)
                    .build())
            .sheet(
                sheet("p2", SheetKind.PROJECT, "招聘").funds("0", "92", "84.69", null, null).build())
            .sheet(
                sheet("p3", SheetKind.PROJECT, "其他").funds("0", "481", "481", null, null).build())
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("1034.36万元");
              assertThat(f.expected()).isEqualTo("≥1041.67万元");
              assertThat(f.basis()).contains("107.96 + 92 + 481 = 680.96");
            });
  }

  @Test
  void silentWhenTheFundsBlockAgreesWithTheDocument() {
    var y =
        withSpending()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .funds("2123.43", "4624.55", "4624.55", "2830.84", "1793.71")
                    .build())
            .sheet(
                sheet("p1", SheetKind.PROJECT, "项目")
                    .funds("131.70", "1793.71", "1793.71", null, null)
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
