package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ChangeRateCheckTest {
  private final ChangeRateCheck check = new ChangeRateCheck();

  private static ArithmeticFixture car(String changeRate) {
    return year()
        .table(
            "three-public",
            TableKind.THREE_PUBLIC,
            "“三公经费”支出使用和管理情况",
            line("公务用车购置及运行维护费")
                .full("31.9")
                .lastYear("17.25")
                .actual("17.20")
                .change("-0.05")
                .changeRate(changeRate));
  }

  @Test
  void theRateIsTheChangeOverLastYear() {
    assertThat(run(check, car("-0.29%"))).isEmpty();
    assertThat(run(check, car("-0.33%")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-CHANGE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.expected()).isEqualTo("-0.29%");
              assertThat(x.basis()).contains("-0.05 ÷ 17.25");
            });
  }

  @Test
  void wordsGiveTheSignAndAPrintedChangeGivesTheBaseWhereLastYearIsNotPrinted() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "three-public",
                        TableKind.THREE_PUBLIC,
                        "一般公共预算财政拨款“三公”经费支出决算",
                        line("“三公”经费财政拨款支出")
                            .initial("2.00")
                            .actual("4.46")
                            .change("减少10.56万元")
                            .changeRate("减少70.31%"))))
        .isEmpty();
    assertThat(
            run(
                check,
                year()
                    .table(
                        "three-public",
                        TableKind.THREE_PUBLIC,
                        "一般公共预算财政拨款“三公”经费支出决算",
                        line("“三公”经费财政拨款支出")
                            .initial("2.00")
                            .actual("4.46")
                            .change("减少10.56万元")
                            .changeRate("增长70.31%"))))
        .singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("-70.31%"));
  }
}
