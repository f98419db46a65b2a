package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ShareCheckTest {
  private final ShareCheck check = new ShareCheck();

  private static ArithmeticFixture income(String share) {
    return year()
        .table(
            "income",
            TableKind.INCOME,
            "收入决算情况",
            line("本年收入合计")
                .actual("4711.41")
                .items(
                    line("一般公共预算财政拨款收入").actual("3759.26").share(share),
                    line("其他收入").actual("952.15").share("20.21%")));
  }

  @Test
  void aShareIsTheLineOverTheTotalItBelongsTo() {
    assertThat(run(check, income("79.79%"))).isEmpty();
    assertThat(run(check, income("97.79%")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-SHARE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("一般公共预算财政拨款收入 › 占比");
              assertThat(x.expected()).isEqualTo("79.79%");
            });
  }

  @Test
  void aTopLevelShareWithoutATotalInItsTableIsNotChecked() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "function",
                        TableKind.FUNCTION_CLASS,
                        "一般公共预算财政拨款支出",
                        line("一般公共预算财政拨款支出").actual("4028.76").share("77.49%"))))
        .isEmpty();
  }
}
