package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.THIRD_PARTY;
import static org.jixiao.audit.ArithmeticFixture.indicator;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.sheet;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.Indicator;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class UndefinedRateCheckTest {
  private final UndefinedRateCheck check = new UndefinedRateCheck();

  @Test
  void aChangeRateOverAZeroBaseIsUndefinedNotZero() {
    Indicator a23 =
        indicator(
            "A23", "三公经费变动率", null, null, "0%", "三公经费变动率= $[(0-0) / 0] \\times 100\\% = 0\\%$");
    assertThat(
            run(
                check,
                year()
                    .amountUnit("元")
                    .table(
                        "text.three-public-change",
                        TableKind.THREE_PUBLIC,
                        "三公经费总额（正文）",
                        line("三公经费总额").lastYear("0.00").actual("0.00").changeRate("0%"))
                    .sheet(sheet("evaluation", SheetKind.DEPARTMENT, THIRD_PARTY, null, a23))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-UNDEFINED");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location())
                  .isEqualTo("《三公经费总额（正文）》（text.three-public-change） › 三公经费总额 › 增减率");
              assertThat(x.expected()).isEqualTo("无意义（分母为 0）");
              assertThat(x.message()).contains("A23 三公经费变动率");
            });
  }

  @Test
  void anIndicatorsOwnComputationDividingByZeroIsReportedAtTheIndicator() {
    Indicator a23 = indicator("A23", "三公经费变动率", null, null, "0%", "三公经费变动率=[(0-0)/0]×100%=0%");
    assertThat(
            run(
                check,
                year().sheet(sheet("evaluation", SheetKind.DEPARTMENT, THIRD_PARTY, null, a23))))
        .singleElement()
        .satisfies(x -> assertThat(x.location()).endsWith("A23 三公经费变动率 › 指标值"));
  }

  @Test
  void ratesWithAZeroBudgetPrintedAsUndefinedOrNotPrintedGiveNothing() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "three-public",
                        TableKind.THREE_PUBLIC,
                        "三公经费",
                        line("三公经费").initial("0.00").actual("0.00").rate("—"),
                        line("公务接待费").initial("0.00").actual("0.00"),
                        line("会议费").full("10.00").actual("8.00").rate("80.00%"))))
        .isEmpty();
  }
}
