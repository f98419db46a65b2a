package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.project;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDiffersCheckTest {
  private final ScoreDiffersCheck check = new ScoreDiffersCheck();

  private static ScoreFixture missedTarget(String stated) {
    return year()
        .sheet(
            project("附件3-1 项目支出绩效自评表")
                .row("产出指标", "数量指标", "职业技能培训人数", "≥100人", "80人", "10", stated));
  }

  @Test
  void reportsAPartialScoreThatDoesNotFollowTheRule() {
    List<Finding> findings = ScoreFixture.run(check, missedTarget("7"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-DIFFERS");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).endsWith("产出指标 / 数量指标 / 职业技能培训人数 / 得分");
    assertThat(f.stated()).isEqualTo("7 分");
    assertThat(f.expected()).isEqualTo("8 分");
    assertThat(f.basis()).contains("按 分值 × 实际值/目标值 计分");
  }

  @Test
  void aRoundingDifferenceIsANote() {
    List<Finding> findings = ScoreFixture.run(check, missedTarget("7.99"));

    assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void agreesWithTheRuleOrLeavesTheFactToAMoreExactCheck() {
    assertThat(ScoreFixture.run(check, missedTarget("8"))).isEmpty();
    // full marks for a missed target: SCORE-MISSED-FULL-MARKS, not this check
    assertThat(ScoreFixture.run(check, missedTarget("10"))).isEmpty();
  }
}
