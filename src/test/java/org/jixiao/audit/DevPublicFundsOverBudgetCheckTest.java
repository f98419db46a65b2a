package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.line;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class DevPublicFundsOverBudgetCheckTest {
  private final DevPublicFundsOverBudgetCheck check = new DevPublicFundsOverBudgetCheck();

  @Test
  void reportsPublicFundsAndOperatingCostsAboveBudget() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .table(
                    "basic-data.public-funds",
                    TableKind.PUBLIC_FUNDS,
                    "经费控制情况——公用经费",
                    line("公用经费")
                        .initial("448.11")
                        .actual("1026.38")
                        .items(
                            line("其中：办公经费").initial("410.11").actual("836.26"),
                            line("会议费、培训费").initial("10").actual("9.50")))
                .table(
                    "text.operating-costs",
                    TableKind.OPERATING_COSTS,
                    "机关运行经费支出",
                    line("机关运行经费").initial("39.52").actual("332.28").reason("办公经费等开支增大。")));

    assertThat(findings).hasSize(2);
    assertThat(findings).extracting(Finding::code).containsOnly("DEV-PUBLIC-FUNDS-OVER-BUDGET");
    assertThat(findings.get(0).message())
        .contains("控制率 229.05%")
        .contains("其中 办公经费 836.26 > 410.11")
        .doesNotContain("会议费");
    assertThat(findings.get(1).message()).contains("840.79%").contains("报告所述原因：办公经费等开支增大");
  }

  @Test
  void acceptsSpendingWithinBudgetAndIgnoresOtherTables() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .table(
                        "pf",
                        TableKind.PUBLIC_FUNDS,
                        "公用经费",
                        line("公用经费").initial("64.8").actual("61.05"))
                    .table(
                        "tp",
                        TableKind.THREE_PUBLIC,
                        "三公经费",
                        line("三公经费").initial("2").actual("4"))))
        .isEmpty();
  }
}
