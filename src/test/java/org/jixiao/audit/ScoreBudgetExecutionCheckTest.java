package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.project;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreBudgetExecutionCheckTest {
  private final ScoreBudgetExecutionCheck check = new ScoreBudgetExecutionCheck();

  private static ScoreFixture funds(String fullYear, String actual, String rate, String score) {
    return year().sheet(project("附件3-5 项目支出绩效自评表").funds("0", fullYear, actual, rate, score));
  }

  @Test
  void aScoreFromTheRoundedPrintedRateIsARoundingDifference() {
    List<Finding> findings = ScoreFixture.run(check, funds("92", "84.69", "92%", "9.20"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-BUDGET-EXECUTION");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.location()).isEqualTo("评分表“附件3-5 项目支出绩效自评表” / 预算执行率 / 得分");
    assertThat(f.stated()).isEqualTo("9.20 分");
    assertThat(f.expected()).isEqualTo("9.21 分");
    assertThat(f.basis())
        .isEqualTo("10 × 84.69 / 92（万元） = 10 × 92.05% = 9.21；报告得分按印出的执行率 92% 计算（10 × 92% = 9.20）");
  }

  @Test
  void reportsAScoreThatIsNotPointsTimesRate() {
    assertThat(ScoreFixture.run(check, funds("5260.65", "4624.56", "87.90%", "9.50")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.expected()).isEqualTo("8.79 分");
            });
  }

  @Test
  void aZeroBudgetLeavesTheRateUndefined() {
    assertThat(ScoreFixture.run(check, funds("0", "0", null, "10")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.expected()).isEqualTo("无定义（全年预算数为 0）");
              assertThat(f.basis()).contains("无定义").doesNotContain("0%");
            });
  }

  @Test
  void acceptsPointsTimesRateAndCapsTheRateAtOneHundredPercent() {
    assertThat(ScoreFixture.run(check, funds("5260.65", "4624.56", "87.91%", "8.79"))).isEmpty();
    assertThat(ScoreFixture.run(check, funds("100", "104", "104%", "10"))).isEmpty();
  }
}
