package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class CarryForwardCheckTest {
  private final CarryForwardCheck check = new CarryForwardCheck();

  private static ArithmeticFixture fourLines(String closing) {
    return year()
        .table(
            "general",
            TableKind.SUMMARY,
            "一般公共预算财政拨款收支（正文）",
            line("年初结转和结余").actual("393.23"),
            line("本年收入合计").actual("7968.17"),
            line("本年支出合计")
                .actual("8006.64")
                .items(line("基本支出").actual("3808.71"), line("项目支出").actual("4197.93")),
            line("年末结转和结余").actual(closing));
  }

  @Test
  void openingPlusIncomeLessSpendingIsTheClosingBalance() {
    assertThat(run(check, fourLines("364.76")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-FLOW");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).endsWith("年末结转和结余 › 决算（执行）数");
              assertThat(x.expected()).isEqualTo("354.76万元");
              assertThat(x.basis()).isEqualTo("393.23 + 7968.17 − 8006.64 = 354.76");
            });
    assertThat(run(check, fourLines("354.76"))).isEmpty();
  }

  private static ArithmeticFixture twoSides(String spendingTotal) {
    return year()
        .table(
            "summary",
            TableKind.SUMMARY,
            "收入支出决算总体情况",
            line("总计")
                .category("收入")
                .actual("6400.90")
                .items(line("本年收入").actual("4711.41"), line("年初结转和结余").actual("1689.49")),
            line("总计")
                .category("支出")
                .actual(spendingTotal)
                .items(line("本年支出").actual("5199.35"), line("年末结转和结余").actual("1201.55")));
  }

  @Test
  void theTwoSidesOfATotalTableAreEqual() {
    assertThat(run(check, twoSides("6400.90"))).isEmpty();
    // a side that does not add up is the items check's finding, not a second one here
    assertThat(run(check, twoSides("6400.80"))).isEmpty();
  }

  @Test
  void twoSidesThatAddUpButDifferAreReported() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "summary",
                        TableKind.SUMMARY,
                        "收入支出决算总体情况",
                        line("总计")
                            .actual("6400.90")
                            .items(
                                line("本年收入").actual("4711.41"), line("年初结转和结余").actual("1689.49")),
                        line("总计")
                            .actual("6410.90")
                            .items(
                                line("本年支出").actual("5209.35"),
                                line("年末结转和结余").actual("1201.55")))))
        .singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("6400.90万元"));
  }

  private static ArithmeticFixture perUnit(String closing, String balance) {
    return year()
        .table(
            "income-by-unit",
            TableKind.INCOME,
            "年度收入情况",
            line("收入合计")
                .unit("9、州职业技能鉴定中心")
                .actual("374.78")
                .items(line("上年结转").actual("25.02"), line("公共财政拨款").actual("349.76")))
        .table(
            "expenditure-by-unit",
            TableKind.EXPENDITURE,
            "年度支出和结余情况",
            line("支出合计").unit("9、州职业技能鉴定中心").actual("374.77").balance(balance).closing(closing));
  }

  @Test
  void eachUnitsClosingBalanceIsItsIncomeLessItsSpendingReportedOnceForBothColumns() {
    assertThat(run(check, perUnit("0", "-25.02")))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.location()).endsWith("9、州职业技能鉴定中心 › 支出合计 › 年末结转结余");
              assertThat(x.expected()).isEqualTo("0.01万元");
              assertThat(x.message()).contains("当年结余 -25.02 同样应为 -25.01");
            });
    assertThat(run(check, perUnit("0.01", "-25.01"))).isEmpty();
  }
}
