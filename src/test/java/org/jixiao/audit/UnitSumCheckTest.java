package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class UnitSumCheckTest {
  private final UnitSumCheck check = new UnitSumCheck();

  private static ArithmeticFixture threePublic(String consolidatedReception, String total) {
    return year()
        .table(
            "three-public-by-unit",
            TableKind.THREE_PUBLIC,
            "三公经费（各单位）",
            line("三公经费合计")
                .unit("汇总")
                .consolidated()
                .actual(total)
                .items(
                    line("公务接待费").actual(consolidatedReception), line("公务用车运行维护费").actual("9.00")),
            line("三公经费合计")
                .unit("1、局机关")
                .actual("9.84")
                .items(line("公务接待费").actual("2.41"), line("公务用车运行维护费").actual("7.43")),
            line("三公经费合计")
                .unit("2、州人事考试院")
                .actual("1.57")
                .items(line("公务接待费").actual("0"), line("公务用车运行维护费").actual("1.57")));
  }

  @Test
  void theConsolidatedItemIsComparedWithTheUnitsAndTheTotalIsNotReportedAgain() {
    List<Finding> f = run(check, threePublic("2.43", "11.43"));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-UNIT-SUM");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location())
                  .isEqualTo("《三公经费（各单位）》（three-public-by-unit） › 汇总 › 三公经费合计 › 公务接待费 › 决算（执行）数");
              assertThat(x.stated()).isEqualTo("2.43万元");
              assertThat(x.expected()).isEqualTo("2.41万元");
              assertThat(x.basis()).isEqualTo("2.41 + 0 = 2.41");
            });
  }

  @Test
  void consolidatedRowsThatAddUpGiveNothing() {
    assertThat(run(check, threePublic("2.41", "11.41"))).isEmpty();
  }

  @Test
  void rowsWithoutItemsAreComparedAsTotals() {
    List<Finding> f =
        run(
            check,
            year()
                .table(
                    "assets",
                    TableKind.FIXED_ASSETS,
                    "固定资产（各单位）",
                    line("固定资产合计").unit("汇总").consolidated().actual("1705.91"),
                    line("固定资产合计").unit("局机关").actual("1305.90"),
                    line("固定资产合计").unit("中心").actual("400.00")));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.expected()).isEqualTo("1705.90万元");
            });
  }
}
