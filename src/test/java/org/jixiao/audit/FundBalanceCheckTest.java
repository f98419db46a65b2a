package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.dec;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.SocialInsuranceFund;
import org.junit.jupiter.api.Test;

class FundBalanceCheckTest {
  private final FundBalanceCheck check = new FundBalanceCheck();

  private static SocialInsuranceFund fund(String yearBalance, String closing) {
    return new SocialInsuranceFund(
        "机关事业单位基本养老保险基金",
        "万元",
        line("收入").full("67968").actual("67171").build(),
        line("支出").full("67416").actual("67072").build(),
        dec(yearBalance),
        dec("16025"),
        dec(closing),
        null);
  }

  @Test
  void theYearBalanceIsIncomeLessSpending() {
    assertThat(run(check, year().fund(fund("109", "16134"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-FUND-BALANCE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("本年收支结余");
              assertThat(x.expected()).isEqualTo("99万元");
            });
  }

  @Test
  void theClosingBalanceIsTheOpeningPlusTheYear() {
    assertThat(run(check, year().fund(fund("99", "16224"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.location()).endsWith("期末滚存结余");
              assertThat(x.expected()).isEqualTo("16124万元");
            });
  }

  @Test
  void aFundThatBalancesGivesNothing() {
    assertThat(run(check, year().fund(fund("99", "16124")))).isEmpty();
    // the closing balance follows from the true year balance: only the year balance is wrong
    assertThat(run(check, year().fund(fund("109", "16124")))).hasSize(1);
  }
}
