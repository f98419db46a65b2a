package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.line;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class DevThreePublicOverBudgetCheckTest {
  private final DevThreePublicOverBudgetCheck check = new DevThreePublicOverBudgetCheck();

  private static ScoreFixture.Line threePublic(String budget, String actual) {
    return line("“三公”经费财政拨款支出")
        .initial(budget)
        .actual(actual)
        .items(
            line("因公出国（境）费").actual("0"),
            line("公务用车购置费及运行维护费").actual("0"),
            line("公务接待费").initial(budget).actual(actual));
  }

  @Test
  void reportsOverspendingOnceAtTheHighestLineEvenWhenPrintedTwice() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .table(
                    "text.three-public",
                    TableKind.THREE_PUBLIC,
                    "“三公”经费支出决算",
                    threePublic("2.00", "4.46"))
                .table(
                    "basic-data.three-public",
                    TableKind.THREE_PUBLIC,
                    "三公经费",
                    threePublic("2.00", "4.46")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("DEV-THREE-PUBLIC-OVER-BUDGET");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("表““三公”经费支出决算” / “三公”经费财政拨款支出 / 决算（执行）数");
    assertThat(f.stated()).isEqualTo("4.46万元");
    assertThat(f.expected()).isEqualTo("不超过 2.00万元");
    assertThat(f.message()).contains("控制率 223.00%").contains("其中 公务接待费 4.46 > 2.00");
  }

  @Test
  void aZeroBudgetMakesTheRateUndefined() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .table(
                        "t",
                        TableKind.THREE_PUBLIC,
                        "三公经费",
                        line("公务接待费").initial("0").actual("1.20"))))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("预算为 0，控制率无定义")
        .doesNotContain("0.00%");
  }

  @Test
  void acceptsSpendingWithinBudget() {
    assertThat(
            ScoreFixture.run(
                check,
                year().table("t", TableKind.THREE_PUBLIC, "三公经费", threePublic("58", "39.76"))))
        .isEmpty();
  }
}
