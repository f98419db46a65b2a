package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ScopeSumCheckTest {
  private final ScopeSumCheck check = new ScopeSumCheck();

  private static ArithmeticFixture economic(String goods, String whole) {
    return economic("2348.13", goods, "1425.26", whole);
  }

  private static ArithmeticFixture economic(
      String wages, String goods, String transfers, String whole) {
    return year()
        .table(
            "general",
            TableKind.ECONOMIC_CLASS,
            "一般公共预算财政拨款支出按经济科目（正文）",
            line("合计")
                .actual(whole)
                .items(
                    line("工资福利支出").actual(wages),
                    line("一般商品和服务支出").actual(goods),
                    line("对个人和家庭的补助").actual(transfers)))
        .table(
            "basic",
            TableKind.ECONOMIC_CLASS,
            "一般公共预算财政拨款基本支出按经济科目（正文）",
            line("合计")
                .actual("3808.71")
                .items(
                    line("工资福利支出").actual("2291"),
                    line("商品和服务支出").actual("426.36"),
                    line("对个人和家庭的补助").actual("1091.35")))
        .table(
            "project",
            TableKind.ECONOMIC_CLASS,
            "一般公共预算财政拨款项目支出按经济科目（正文）",
            line("合计")
                .actual("4167.63")
                .items(
                    line("工资福利支出").actual("57.13"),
                    line("商品和服务支出").actual("3776.59"),
                    line("对个人和家庭的补助").actual("333.91")));
  }

  @Test
  void aClassOfTheWholeIsTheBasicPlusTheProjectClass() {
    List<Finding> f = run(check, economic("4212.95", "7986.34"));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-SCOPE-SUM");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).contains("（general） › 合计 › 一般商品和服务支出");
              assertThat(x.stated()).isEqualTo("4212.95万元");
              assertThat(x.expected()).isEqualTo("4202.95万元");
            });
  }

  @Test
  void tablesThatAddUpGiveNothing() {
    assertThat(run(check, economic("4202.95", "7976.34"))).isEmpty();
  }

  @Test
  void aWholeWhoseLinesMostlyDifferIsNotTakenForTheSumOfTheTwo() {
    assertThat(run(check, economic("2500.00", "4500.00", "1500.00", "8500.00"))).isEmpty();
  }
}
