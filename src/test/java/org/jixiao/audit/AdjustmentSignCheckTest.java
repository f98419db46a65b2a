package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class AdjustmentSignCheckTest {
  private final AdjustmentSignCheck check = new AdjustmentSignCheck();

  @Test
  void reductionsPrintedAsPositiveFiguresAreReportedOncePerTable() {
    assertThat(
            run(
                check,
                year()
                    .amountUnit("元")
                    .table(
                        "basic",
                        TableKind.EXPENDITURE,
                        "三项支出表格之一：基本支出",
                        line("合计")
                            .initial("3475445.00")
                            .adjustment("79703.00")
                            .available("3395742.00")
                            .items(
                                line("工资奖金津补贴")
                                    .initial("2136745.00")
                                    .adjustment("79703.00")
                                    .available("2057042.00"),
                                line("住房公积金").initial("1338700.00").available("1338700.00")))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-ADJUST-SIGN");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.location()).isEqualTo("《三项支出表格之一：基本支出》（basic） › 合计 › 调整数");
              assertThat(x.stated()).isEqualTo("79703.00元");
              assertThat(x.expected()).isEqualTo("-79703.00元");
              assertThat(x.message()).contains("共 2 行均如此");
            });
  }

  @Test
  void signedReductionsGiveNothing() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "basic",
                        TableKind.EXPENDITURE,
                        "基本支出",
                        line("基本支出").initial("100.00").adjustment("-20.00").full("80.00"))))
        .isEmpty();
  }
}
