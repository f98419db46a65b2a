package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ArithmeticFixture.funds;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.sheet;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class CrossTableCheckTest {
  private final CrossTableCheck check = new CrossTableCheck();

  @Test
  void theSameLineInTwoTablesMustCarryTheSameFigure() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "text.three-public",
                        TableKind.THREE_PUBLIC,
                        "“三公”经费情况",
                        line("“三公”经费")
                            .initial("58")
                            .items(line("公务接待费").initial("30"), line("公务用车购置及运行费").initial("28")))
                    .table(
                        "text.three-public.detail",
                        TableKind.THREE_PUBLIC,
                        "“三公”经费具体情况",
                        line("公务接待费").initial("28"),
                        line("公务用车购置及运行费").initial("28"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-CROSS-TABLE");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location())
                  .isEqualTo("《“三公”经费具体情况》（text.three-public.detail） › 公务接待费 › 年初预算数");
              assertThat(x.stated()).isEqualTo("28万元");
              assertThat(x.expected()).isEqualTo("30万元");
            });
  }

  @Test
  void theScoreSheetsFundsAreComparedWithTheTables() {
    var f =
        funds(
            line("年度资金总额").actual("4624.56"),
            List.of(),
            List.of(line("基本支出").actual("2830.85"), line("项目支出").actual("1793.71")),
            null);
    assertThat(
            run(
                check,
                year()
                    .table(
                        "basic",
                        TableKind.EXPENDITURE,
                        "2024年基本支出情况",
                        line("基本支出").actual("2830.84"))
                    .sheet(sheet("dept", SheetKind.DEPARTMENT, null, f))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.location()).contains("资金情况 › 基本支出");
            });
  }

  @Test
  void linesOfDifferentScopesUnitsOrHeadingsAreNotTheSameQuantity() {
    assertThat(
            run(
                check,
                year()
                    .table(
                        "all",
                        TableKind.EXPENDITURE,
                        "部门（单位）年度支出情况",
                        line("支出合计")
                            .unit("汇总")
                            .consolidated()
                            .actual("8675.33")
                            .items(line("基本支出").actual("3855.91"), line("项目支出").actual("4819.42")),
                        line("支出合计")
                            .unit("局机关")
                            .actual("2232.41")
                            .items(line("基本支出").actual("967.95"), line("项目支出").actual("1264.46")))
                    .table(
                        "fiscal",
                        TableKind.SUMMARY,
                        "一般公共预算财政拨款收支",
                        line("本年支出合计")
                            .actual("8006.64")
                            .items(line("基本支出").actual("3808.71"), line("项目支出").actual("4197.93")))
                    .table(
                        "basic-economic",
                        TableKind.ECONOMIC_CLASS,
                        "基本支出按经济科目",
                        line("合计")
                            .actual("3855.91")
                            .items(
                                line("工资福利支出").actual("3000.00"), line("商品和服务支出").actual("855.91")))
                    .table(
                        "project-economic",
                        TableKind.ECONOMIC_CLASS,
                        "项目支出按经济科目",
                        line("合计")
                            .actual("4819.42")
                            .items(
                                line("工资福利支出").actual("19.42"),
                                line("商品和服务支出").actual("4800.00")))))
        .isEmpty();
  }

  @Test
  void threePublicFiguresAreOneQuantityWhateverTheFundsScopeAndAListThatRepeatsALineDisagrees() {
    List<Finding> f =
        run(
            check,
            year()
                .table(
                    "fiscal-three-public",
                    TableKind.THREE_PUBLIC,
                    "一般公共预算财政拨款“三公”经费支出决算",
                    line("“三公”经费财政拨款支出").actual("4.46").items(line("公务接待费").actual("4.46")))
                .table(
                    "three-public",
                    TableKind.THREE_PUBLIC,
                    "“三公”经费情况",
                    line("“三公”经费").actual("11.01").items(line("公务接待费").actual("11.01")))
                .table(
                    "employment",
                    TableKind.OTHER,
                    "稳就业工作数字（正文）",
                    line("初步达成就业意向").count("15330"),
                    line("初步达成就业意向").count("14195")));
    assertThat(f)
        .extracting(Finding::location, Finding::stated, Finding::expected)
        .containsExactlyInAnyOrder(
            tuple("《“三公”经费情况》（three-public） › “三公”经费 › 公务接待费 › 决算（执行）数", "11.01万元", "4.46万元"),
            tuple("《稳就业工作数字（正文）》（employment） › 初步达成就业意向 › 数量", "14195", "15330"));
  }
}
