package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalSumCheckTest {
  private final TotalSumCheck check = new TotalSumCheck();

  private static ScoreFixture.Sheet selfEvaluation() {
    return dept("2024年度部门整体支出绩效自评表")
        .funds("2123.43", "5260.65", "4624.56", "87.91%", "8.79")
        .row("产出指标", null, "新增城镇就业人数", "≥3.4万人", "3.93万人", "45", "45")
        .row("效益指标", null, "职业培训总人数", "≥1万人次", "1.23万人次", "45", "45");
  }

  @Test
  void reportsATotalThatIsNotBudgetScorePlusItems() {
    List<Finding> findings = ScoreFixture.run(check, year().sheet(selfEvaluation().total("98.97")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TOTAL-SUM");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“2024年度部门整体支出绩效自评表” / 总分");
    assertThat(f.stated()).isEqualTo("98.97 分");
    assertThat(f.expected()).isEqualTo("98.79 分");
    assertThat(f.basis()).isEqualTo("8.79 + 45 + 45 = 98.79");
  }

  @Test
  void notesSubtotalsThatMissTheTotalBecauseOfAWrongSubtotal() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    thirdPartySheet("评分结果表")
                        .row(ind("投入", "目标设定", "绩效目标合理性").code("A11").weight("15").score("14"))
                        .row(ind("过程", "预算执行", "预算完成率").code("B11").weight("85").score("75"))
                        .subtotal(1, "投入", "15", "15")
                        .subtotal(1, "过程", "85", "75")
                        .total("89")));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.basis()).isEqualTo("一级指标小计 15 + 75 = 90；“投入”小计应为 14");
            });
  }

  @Test
  void reportsSubtotalsThatMissTheTotalWhenNoItemScoresArePrinted() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("自评表")
                        .funds(null, "9853.12", "8675.33", null, "8.8")
                        .row(ind("产出", null, "指标1"))
                        .subtotal(1, "产出", "50", "50")
                        .subtotal(1, "效益", "30", "30")
                        .subtotal(1, "满意度", "10", "10")
                        .total("99.8")));

    assertThat(findings).singleElement().extracting(Finding::expected).isEqualTo("98.8 分");
  }

  @Test
  void acceptsATotalThatAddsUp() {
    assertThat(ScoreFixture.run(check, year().sheet(selfEvaluation().total("98.79")))).isEmpty();
  }
}
