package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreOverWeightCheckTest {
  private final ScoreOverWeightCheck check = new ScoreOverWeightCheck();

  @Test
  void reportsAnIndicatorScoredAboveItsPoints() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("2024年度部门整体支出绩效自评表")
                        .row("产出指标", null, "企业劳动合同签订率", "≥90%", "95%", "5", "6")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-OVER-WEIGHT");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“2024年度部门整体支出绩效自评表” / 产出指标 / 企业劳动合同签订率 / 得分");
    assertThat(f.stated()).isEqualTo("6 分");
    assertThat(f.expected()).isEqualTo("不超过 5 分");
    assertThat(f.basis()).isEqualTo("得分 6 > 分值 5");
  }

  @Test
  void reportsBudgetScoreSubtotalAndTotalAboveTheirPoints() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("自评表")
                        .funds("100", "100", "100", "100%", "10.5")
                        .row("产出指标", null, "新增城镇就业人数", "≥8200人", "8854人", "50", "50")
                        .subtotal(1, "产出指标", "50", "52")
                        .total("101")));

    assertThat(findings)
        .extracting(Finding::location)
        .containsExactly("评分表“自评表” / 预算执行率 / 得分", "评分表“自评表” / 产出指标 小计 / 得分", "评分表“自评表” / 总分");
  }

  @Test
  void acceptsScoresWithinTheirPoints() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        dept("自评表")
                            .funds("100", "100", "95", "95%", "9.5")
                            .row("产出指标", null, "企业劳动合同签订率", "≥90%", "95%", "5", "5")
                            .row("效益指标", null, "社会稳定", "稳定", "稳定", "5", "4.5")
                            .total("19"))))
        .isEmpty();
  }
}
