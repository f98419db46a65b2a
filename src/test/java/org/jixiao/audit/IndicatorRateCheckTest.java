package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.THIRD_PARTY;
import static org.jixiao.audit.ArithmeticFixture.indicator;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.sheet;
import static org.jixiao.audit.ArithmeticFixture.staff;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.Indicator;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class IndicatorRateCheckTest {
  private final IndicatorRateCheck check = new IndicatorRateCheck();

  private static ArithmeticFixture withIndicator(Indicator i) {
    return year()
        .amountUnit("元")
        .sheet(sheet("evaluation", SheetKind.DEPARTMENT, THIRD_PARTY, null, i));
  }

  @Test
  void thePrintedComputationIsRecomputed() {
    Indicator right =
        indicator(
            "B11",
            "预算完成率",
            null,
            null,
            "99.08%",
            "预算完成率= $(88,044,648.36/88,862,851.06) \\times 100\\% = 99.08\\%$");
    assertThat(run(check, withIndicator(right))).isEmpty();
    Indicator wrong =
        indicator(
            "B11",
            "预算完成率",
            null,
            null,
            "99.80%",
            "预算完成率=(88,044,648.36/88,862,851.06)X100%=99.80%");
    assertThat(run(check, withIndicator(wrong)))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-INDICATOR");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location())
                  .isEqualTo("评分表“2023年度部门整体支出绩效自评表”（evaluation） › 过程 / 预算执行 / B11 预算完成率 › 指标值");
              assertThat(x.expected()).isEqualTo("99.08%");
              assertThat(x.basis()).startsWith("报告所列算式：(88044648.36/88862851.06)");
            });
  }

  @Test
  void withoutAComputationTheFrameworksFormulaIsAppliedToTheFigures() {
    Indicator control = indicator("B24", "“三公经费”控制率", null, null, "90.00%", null);
    ArithmeticFixture y =
        withIndicator(control)
            .table(
                "three-public",
                TableKind.THREE_PUBLIC,
                "三公经费",
                line("三公经费").initial("50000.00").actual("42000.00"));
    assertThat(run(check, y))
        .singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("84.00%"));
  }

  @Test
  void theDepartmentsRateIsMeasuredOnItsTotalsNotOnItsBasicSpendingTable() {
    ArithmeticFixture right =
        withIndicator(indicator("B11", "预算完成率", null, null, "99.08%", null))
            .table(
                "basic",
                TableKind.EXPENDITURE,
                "基本支出",
                line("合计").available("3395742.00").actual("3395742.00"))
            .table(
                "totals",
                TableKind.SUMMARY,
                "部门预算执行总数",
                line("部门预算").full("88862851.06").actual("88044648.36"));
    assertThat(run(check, right)).isEmpty();
    ArithmeticFixture wrong =
        withIndicator(indicator("B11", "预算完成率", null, null, "97.08%", null))
            .table(
                "basic",
                TableKind.EXPENDITURE,
                "基本支出",
                line("合计").available("3395742.00").actual("3395742.00"))
            .table(
                "totals",
                TableKind.SUMMARY,
                "部门预算执行总数",
                line("部门预算").full("88862851.06").actual("88044648.36"));
    assertThat(run(check, wrong))
        .singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("99.08%"));
  }

  @Test
  void aRateAlsoPrintedOnATableLineIsReportedThereNotAgain() {
    Indicator a22 =
        indicator(
            "A22",
            "在职人员控制率",
            null,
            null,
            "95.23%",
            "在职人员控制率= $40 \\div 42 \\times 100\\% = 95.23\\%$");
    assertThat(run(check, withIndicator(a22).staffing(staff(42, 40, "95.23%")))).isEmpty();
    assertThat(run(check, withIndicator(a22)))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void aDepartmentIndicatorNamedForAFormulaChecksItsPercentageActual() {
    Indicator control = indicator(null, "三公经费控制率", "≤100%", "68.55%", null, null);
    ArithmeticFixture y =
        year()
            .sheet(sheet("dept", SheetKind.DEPARTMENT, "dept-self-10", null, control))
            .table(
                "three-public",
                TableKind.THREE_PUBLIC,
                "三公经费",
                line("三公经费").initial("58").actual("39.76"));
    assertThat(run(check, y)).isEmpty();
    Indicator off = indicator(null, "三公经费控制率", "≤100%", "86.55%", null, null);
    ArithmeticFixture z =
        year()
            .sheet(sheet("dept", SheetKind.DEPARTMENT, "dept-self-10", null, off))
            .table(
                "three-public",
                TableKind.THREE_PUBLIC,
                "三公经费",
                line("三公经费").initial("58").actual("39.76"));
    assertThat(run(check, z))
        .singleElement()
        .satisfies(x -> assertThat(x.location()).endsWith("三公经费控制率 › 实际完成值"));
  }
}
