package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class LineRateCheckTest {
  private final LineRateCheck check = new LineRateCheck();

  private static ArithmeticFixture threePublic(String rate) {
    return year()
        .table(
            "three-public",
            TableKind.THREE_PUBLIC,
            "“三公经费”支出使用和管理情况",
            line("合计").full("65.8").actual("24.97").rate(rate));
  }

  @Test
  void aRateOnALineIsItsActualOverItsBudget() {
    assertThat(run(check, threePublic("37.95%"))).isEmpty();
    assertThat(run(check, threePublic("39.75%")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-LINE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("合计 › 执行（完成）率");
              assertThat(x.expected()).isEqualTo("37.95%");
              assertThat(x.basis()).isEqualTo("决算数 ÷ 全年预算数：24.97 ÷ 65.8 × 100% = 37.9483%");
            });
  }

  @Test
  void aRateOfTheInitialBudgetIsAcceptedAndAnUnreadableRateIsNotAClaim() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "function",
                        TableKind.FUNCTION_CLASS,
                        "一般公共预算财政拨款支出",
                        line("行政运行")
                            .initial("282.84")
                            .adjustment("208.36")
                            .full("491.20")
                            .actual("491.20")
                            .rate("173.67%"),
                        line("就业率").count("2369").rate("95%以上"))))
        .isEmpty();
  }

  @Test
  void aRoundingOfTheLastDigitIsANote() {
    assertThat(run(check, threePublic("37.94%")))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }
}
