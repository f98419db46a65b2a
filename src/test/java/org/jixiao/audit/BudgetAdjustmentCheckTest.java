package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class BudgetAdjustmentCheckTest {
  private final BudgetAdjustmentCheck check = new BudgetAdjustmentCheck();

  @Test
  void initialPlusAdjustmentMustGiveTheFullYearBudget() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "basic",
                        TableKind.EXPENDITURE,
                        "基本支出情况",
                        line("基本支出").initial("1991.73").adjustment("839.11").full("2840.84"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-BUDGET-ADJUST");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).isEqualTo("《基本支出情况》（basic） › 基本支出 › 全年预算数");
              assertThat(x.expected()).isEqualTo("2830.84万元");
              assertThat(x.basis()).isEqualTo("1991.73 + 839.11 = 2830.84");
            });
  }

  @Test
  void negativeAdjustmentsAndTheAvailableColumnWork() {
    assertThat(
            run(
                check,
                year()
                    .amountUnit("元")
                    .table(
                        "project",
                        TableKind.EXPENDITURE,
                        "项目支出执行情况",
                        line("合计")
                            .initial("1300000.00")
                            .adjustment("-50000.00")
                            .available("1250000.00")
                            .items(
                                line("就业补助")
                                    .initial("800000.00")
                                    .adjustment("-50000.00")
                                    .available("750000.00"),
                                line("信息化建设")
                                    .initial("500000.00")
                                    .adjustment("0.00")
                                    .available("500000.00")))))
        .isEmpty();
  }

  @Test
  void aReductionPrintedWithoutItsSignIsLeftToTheSignCheck() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "totals",
                        TableKind.SUMMARY,
                        "部门预算执行总数",
                        line("部门预算")
                            .initial("91041311.06")
                            .adjustment("2178460.00")
                            .full("88862851.06"))))
        .isEmpty();
  }
}
