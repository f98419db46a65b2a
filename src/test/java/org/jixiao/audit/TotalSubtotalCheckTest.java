package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalSubtotalCheckTest {
  private final TotalSubtotalCheck check = new TotalSubtotalCheck();

  /** 投入: 3 + 3 + 2 + 3 + 3 = 14 of 15. */
  private static ScoreFixture.Sheet input() {
    return thirdPartySheet("部门整体支出绩效评价评分结果表")
        .row(ind("投入", "目标设定", "绩效目标合理性").code("A11").weight("3").score("3"))
        .row(ind("投入", "目标设定", "绩效指标明确性").code("A12").weight("3").score("3"))
        .row(ind("投入", "预算配置", "预算编制合理性").code("A21").weight("3").score("2"))
        .row(ind("投入", "预算配置", "在职人员控制率").code("A22").weight("3").score("3"))
        .row(ind("投入", "预算配置", "三公经费控制率").code("A23").weight("3").score("3"));
  }

  @Test
  void reportsALevelOneSubtotalThatIsNotTheSumOfItsItems() {
    List<Finding> findings =
        ScoreFixture.run(check, year().sheet(input().subtotal(1, "投入", "15", "15", "评分表“投入小计”行")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TOTAL-SUBTOTAL");
    assertThat(f.severity()).isEqualTo(Severity.ERROR); // whole points: not a rounding difference
    assertThat(f.location()).isEqualTo("评分表“部门整体支出绩效评价评分结果表” / 投入 小计（评分表“投入小计”行） / 得分");
    assertThat(f.stated()).isEqualTo("15 分");
    assertThat(f.expected()).isEqualTo("14 分");
    assertThat(f.basis()).isEqualTo("所属各项得分 3 + 3 + 2 + 3 + 3 = 14");
  }

  @Test
  void reportsAWrongLevelTwoSubtotalOnceNotAgainInItsLevelOne() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    input()
                        .subtotal(2, "目标设定", "6", "6")
                        .subtotal(2, "预算配置", "9", "9")
                        .subtotal(1, "投入", "15", "15")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).contains("预算配置 小计");
              assertThat(f.expected()).isEqualTo("8 分");
            });
  }

  @Test
  void acceptsSubtotalsThatAddUp() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        input()
                            .subtotal(2, "目标设定", "6", "6")
                            .subtotal(2, "预算配置", "9", "8")
                            .subtotal(1, "投入", "15", "14"))))
        .isEmpty();
  }
}
