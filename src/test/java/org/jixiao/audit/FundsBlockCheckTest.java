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

class FundsBlockCheckTest {
  private final FundsBlockCheck check = new FundsBlockCheck();

  @Test
  void thePartsBySourceAndByNatureAddUpToTheTotal() {
    var f =
        funds(
            line("年度资金总额").initial("2123.43").full("5260.65").actual("4624.56"),
            List.of(line("一般公共预算").actual("4612.81"), line("其他资金").actual("11.75")),
            List.of(line("基本支出").actual("2830.85"), line("项目支出").actual("1783.71")),
            "87.91%");
    assertThat(run(check, year().sheet(sheet("dept", SheetKind.DEPARTMENT, null, f))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-FUNDS");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("资金情况 › 年度资金总额 › 决算（执行）数");
              assertThat(x.expected()).isEqualTo("4614.56万元");
              assertThat(x.message()).contains("按支出性质各项之和");
            });
  }

  @Test
  void aBreakdownUnderAHeadingLineEqualsTheTotal() {
    var ok =
        funds(
            line("年度资金总额").full("1034.36").actual("1034.36"),
            List.of(
                line("按收入性质分")
                    .actual("1034.36")
                    .items(line("其中：一般公共预算").actual("1034.36"), line("其他资金"))),
            List.of(
                line("按支出性质分")
                    .actual("1034.36")
                    .items(line("其中：基本支出").actual("360.71"), line("项目支出").actual("673.65"))),
            "100%");
    assertThat(run(check, year().sheet(sheet("dept", SheetKind.DEPARTMENT, null, ok)))).isEmpty();
    var heading =
        funds(
            line("年度资金总额").actual("1034.36"),
            List.of(),
            List.of(
                line("按支出性质分")
                    .actual("1043.36")
                    .items(line("其中：基本支出").actual("360.71"), line("项目支出").actual("673.65"))),
            null);
    assertThat(run(check, year().sheet(sheet("dept", SheetKind.DEPARTMENT, null, heading))))
        .singleElement()
        .satisfies(x -> assertThat(x.location()).endsWith("按支出性质分 › 决算（执行）数"));
  }
}
