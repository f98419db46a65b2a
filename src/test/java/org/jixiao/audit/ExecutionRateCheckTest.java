package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.funds;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.sheet;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;

class ExecutionRateCheckTest {
  private final ExecutionRateCheck check = new ExecutionRateCheck();

  private static ArithmeticFixture sheetWith(String rate) {
    return year()
        .sheet(
            sheet(
                "dept",
                SheetKind.DEPARTMENT,
                null,
                funds(
                    line("年度资金总额").initial("2123.43").full("5260.65").actual("4624.56"),
                    List.of(),
                    List.of(),
                    rate)));
  }

  @Test
  void theExecutionRateIsActualOverTheFullYearBudget() {
    assertThat(run(check, sheetWith("87.91%"))).isEmpty();
    assertThat(run(check, sheetWith("87.90%")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-EXECUTION");
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.location()).endsWith("资金情况 › 执行率");
              assertThat(x.expected()).isEqualTo("87.91%");
            });
    assertThat(run(check, sheetWith("97.90%")))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aRatePrintedWithoutDecimalsIsReadAtItsPrecision() {
    var s =
        sheet(
            "project",
            SheetKind.PROJECT,
            null,
            funds(
                line("年度资金总额").initial("0").full("92").actual("84.69"),
                List.of(),
                List.of(),
                "92%"));
    assertThat(run(check, year().sheet(s))).isEmpty();
  }
}
