package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreOwnRuleCheckTest {
  private final ScoreOwnRuleCheck check = new ScoreOwnRuleCheck();

  private static ScoreFixture b12(String value, String criterion, String score) {
    return year()
        .amountUnit("元")
        .sheet(
            thirdPartySheet("部门整体支出绩效评价评分结果表")
                .row(
                    ind("过程", "预算执行", "结转结余变动率")
                        .code("B12")
                        .weight("5")
                        .value(value)
                        .criterion(criterion)
                        .score(score)));
  }

  @Test
  void reportsAScoreThatContradictsTheRuleTheReportStates() {
    List<Finding> findings =
        ScoreFixture.run(check, b12("-5.01%", "根据评分规则，结转结余变动率小于 10%，分值 5 分，得 0 分。", "0"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-OWN-RULE");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).endsWith("过程 / 预算执行 / B12 结转结余变动率 / 得分");
    assertThat(f.stated()).isEqualTo("0 分");
    assertThat(f.expected()).isEqualTo("5 分");
    assertThat(f.basis()).isEqualTo("-5.01% < 10.00%，满足“小于 10.00%”→ 满分 5 分");
  }

  @Test
  void acceptsAScoreConsistentWithTheRuleOrARuleItCannotReadSafely() {
    // the value misses the threshold: the rule says nothing about the score
    assertThat(ScoreFixture.run(check, b12("12.5%", "结转结余变动率小于 10%，分值 5 分。", "2"))).isEmpty();
    // full marks as the rule says
    assertThat(ScoreFixture.run(check, b12("-5.01%", "结转结余变动率小于 10%，分值 5 分。", "5"))).isEmpty();
    // a stepped rule is not read
    assertThat(
            ScoreFixture.run(check, b12("-5.01%", "结转结余变动率小于 10% 得满分，每超过 1% 扣 1 分，分值 5 分。", "3")))
        .isEmpty();
  }
}
