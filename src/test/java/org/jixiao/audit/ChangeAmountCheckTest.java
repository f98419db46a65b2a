package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ChangeAmountCheckTest {
  private final ChangeAmountCheck check = new ChangeAmountCheck();

  private static ArithmeticFixture income(String change) {
    return year()
        .table(
            "summary",
            TableKind.SUMMARY,
            "收入支出决算总体情况",
            line("本年收入").lastYear("1885.26").actual("4711.41").change(change));
  }

  @Test
  void theChangeIsThisYearLessLastYearWithTheSignItsWordsGive() {
    assertThat(run(check, income("增加2826.15万元"))).isEmpty();
    assertThat(run(check, income("减少2826.15万元")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-CHANGE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("本年收入 › 增减额");
              assertThat(x.stated()).isEqualTo("-2826.15万元");
              assertThat(x.expected()).isEqualTo("2826.15万元");
            });
  }

  @Test
  void aChangeAgainstTheBudgetIsAcceptedAndWithoutLastYearNothingCanBeSaid() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "three-public",
                        TableKind.THREE_PUBLIC,
                        "“三公”经费情况",
                        line("“三公”经费")
                            .lastYear("48.59")
                            .initial("58")
                            .actual("39.76")
                            .change("减少18.24万元"),
                        line("公务接待费").initial("28").actual("17.08").change("减少99万元"))))
        .isEmpty();
  }
}
