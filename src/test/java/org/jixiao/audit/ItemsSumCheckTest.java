package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ItemsSumCheckTest {
  private final ItemsSumCheck check = new ItemsSumCheck();

  @Test
  void aTotalThatIsNotTheSumOfItsItemsIsAnError() {
    List<Finding> f =
        run(
            check,
            year()
                .table(
                    "economic",
                    TableKind.ECONOMIC_CLASS,
                    "基本支出按经济科目划分",
                    line("合计")
                        .actual("2830.84")
                        .items(
                            line("工资福利支出").actual("1500.28"),
                            line("商品和服务支出").actual("1024.26"),
                            line("对个人和家庭的补助支出").actual("300.18"))));
    assertThat(f).hasSize(1);
    Finding x = f.get(0);
    assertThat(x.code()).isEqualTo("ARITH-ITEMS-SUM");
    assertThat(x.severity()).isEqualTo(Severity.ERROR);
    assertThat(x.location()).isEqualTo("《基本支出按经济科目划分》（economic） › 合计 › 决算（执行）数");
    assertThat(x.stated()).isEqualTo("2830.84万元");
    assertThat(x.expected()).isEqualTo("2824.72万元");
    assertThat(x.basis()).isEqualTo("1500.28 + 1024.26 + 300.18 = 2824.72");
    assertThat(x.message()).contains("各明细之和不符");
  }

  @Test
  void aDifferenceOfOneCentIsARoundingNote() {
    List<Finding> f =
        run(
            check,
            year()
                .table(
                    "basic",
                    TableKind.ECONOMIC_CLASS,
                    "2020年基本支出（按经济分类）",
                    line("基本支出")
                        .actual("1039.00")
                        .items(
                            line("工资福利支出").actual("529.42"),
                            line("商品和服务支出").actual("488.14"),
                            line("对个人和家庭补助支出").actual("14.53"),
                            line("资本性支出").actual("6.90"))));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.expected()).isEqualTo("1038.99万元");
            });
  }

  @Test
  void consistentTablesAndBlankCellsGiveNothing() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "three-public",
                        TableKind.THREE_PUBLIC,
                        "三公经费",
                        line("三公经费")
                            .lastYear("48.59")
                            .initial("58")
                            .actual("39.76")
                            .items(
                                line("公务用车购置和维护经费").lastYear("29.46").initial("28").actual("22.68"),
                                line("出国经费"),
                                line("公务接待").lastYear("19.13").initial("30").actual("17.08")))))
        .isEmpty();
  }

  @Test
  void aWrongSubtotalIsReportedOnceWhereItStartsNotAgainAtItsParent() {
    List<Finding> f =
        run(
            check,
            year()
                .table(
                    "spending",
                    TableKind.EXPENDITURE,
                    "支出决算",
                    line("支出合计")
                        .actual("300.00")
                        .items(
                            line("基本支出")
                                .actual("250.00")
                                .items(line("人员经费").actual("150.00"), line("公用经费").actual("50.00")),
                            line("项目支出").actual("100.00"))));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.location()).contains("基本支出"));
  }

  @Test
  void aQiZhongListNeedNotAddUpButMayNotExceedItsLine() {
    ArithmeticFixture partial =
        year()
            .table(
                "public-funds",
                TableKind.PUBLIC_FUNDS,
                "公用经费",
                line("公用经费")
                    .actual("61.05")
                    .items(line("其中：办公经费").actual("2"), line("水费、电费、差旅费").actual("4.7")));
    assertThat(run(check, partial)).isEmpty();
    ArithmeticFixture exceeding =
        year()
            .table(
                "public-funds",
                TableKind.PUBLIC_FUNDS,
                "公用经费",
                line("公用经费")
                    .actual("6.05")
                    .items(line("其中：办公经费").actual("2"), line("水费、电费、差旅费").actual("4.7")));
    assertThat(run(check, exceeding))
        .singleElement()
        .satisfies(x -> assertThat(x.expected()).isEqualTo("≥ 6.7万元"));
  }

  @Test
  void flatFunctionCodesNestByClassAndAHeadingWithoutAmountIsTheSumOfItsItems() {
    List<Finding> f =
        run(
            check,
            year()
                .amountUnit("元")
                .table(
                    "function",
                    TableKind.FUNCTION_CLASS,
                    "一般公共预算财政拨款支出（按功能分类）",
                    line("合计").actual("3300000.00"),
                    line("社会保障和就业支出").code("208").actual("3000000.00"),
                    line("人力资源和社会保障管理事务").code("20801"),
                    line("行政运行").code("2080101").actual("2100000.00"),
                    line("社会保险经办机构").code("2080109").actual("600000.00"),
                    line("行政事业单位养老支出").code("20805").actual("310000.00"),
                    line("机关事业单位基本养老保险缴费支出").code("2080505").actual("300000.00"),
                    line("住房保障支出").code("221").actual("300000.00"),
                    line("住房改革支出").code("22102"),
                    line("住房公积金").code("2210201").actual("300000.00")));
    assertThat(f)
        .extracting(Finding::location)
        .containsExactly(
            "《一般公共预算财政拨款支出（按功能分类）》（function） › 合计 › 208 社会保障和就业支出 › 20805 行政事业单位养老支出 › 决算（执行）数");
  }
}
