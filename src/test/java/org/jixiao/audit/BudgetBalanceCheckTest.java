package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class BudgetBalanceCheckTest {
  private final BudgetBalanceCheck check = new BudgetBalanceCheck();

  @Test
  void theBalanceIsTheBudgetLessWhatWasSpent() {
    assertThat(
            run(
                check,
                year()
                    .amountUnit("元")
                    .table(
                        "project",
                        TableKind.EXPENDITURE,
                        "项目支出",
                        line("其他商品和服务支出")
                            .available("2214822.72")
                            .actual("2214498.35")
                            .balance("342.37"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-BALANCE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("其他商品和服务支出 › 结余");
              assertThat(x.expected()).isEqualTo("324.37元");
              assertThat(x.basis()).isEqualTo("2214822.72 − 2214498.35 = 324.37");
            });
  }

  @Test
  void aBalanceThatFollowsGivesNothingAndNoBudgetMeansNoCheck() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "project",
                        TableKind.EXPENDITURE,
                        "项目支出",
                        line("项目支出").full("420.00").actual("395.70").balance("24.30"),
                        line("当年结余").actual("395.70").balance("-10.10"))))
        .isEmpty();
  }
}
