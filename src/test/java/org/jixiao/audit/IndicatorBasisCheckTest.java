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

class IndicatorBasisCheckTest {
  private final IndicatorBasisCheck check = new IndicatorBasisCheck();

  private static ArithmeticFixture carryOver(String formula, String value) {
    Indicator b21 = indicator("B21", "结转结余率", null, null, value, formula);
    return year()
        .amountUnit("元")
        .table(
            "totals",
            TableKind.SUMMARY,
            "部门预算执行总数（正文）",
            line("部门预算").full("88862851.06").actual("88044648.36").closing("818202.70"))
        .sheet(sheet("evaluation", SheetKind.DEPARTMENT, THIRD_PARTY, null, b21));
  }

  @Test
  void aBudgetRateDividedByActualSpendingIsABreachOfTheFormula() {
    assertThat(
            run(
                check,
                carryOver("结转结余率= $(818,202.70/88,044,648.36) \\times 100\\% = 0.93\\%$", "0.93%")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-BASIS");
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.location()).endsWith("B21 结转结余率 › 指标值");
              assertThat(x.stated()).isEqualTo("0.93%");
              assertThat(x.expected()).isEqualTo("0.92%");
              assertThat(x.message()).contains("以决算数 88044648.36 为分母");
            });
  }

  @Test
  void aComputationOnTheBudgetGivesNothing() {
    assertThat(run(check, carryOver("结转结余率=(818,202.70/88,862,851.06)×100%=0.92%", "0.92%")))
        .isEmpty();
  }
}
