package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreQualitativeBandCheckTest {
  private final ScoreQualitativeBandCheck check = new ScoreQualitativeBandCheck();

  private static ScoreFixture achieved(String score) {
    return year()
        .sheet(dept("自评表").row("效益指标", "社会效益指标", "保障农民工权益维护社会稳定", "稳定", "稳定", "10", score));
  }

  @Test
  void reportsAnAchievedQualitativeTargetScoredBelowItsBand() {
    List<Finding> findings = ScoreFixture.run(check, achieved("7"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-QUALITATIVE-BAND");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.stated()).isEqualTo("7 分");
    assertThat(f.expected()).isEqualTo("8–10 分");
    assertThat(f.basis()).isEqualTo("“达成年度指标”档：80%–100% × 分值 10 = 8–10 分");
  }

  @Test
  void acceptsAScoreInsideTheBand() {
    assertThat(ScoreFixture.run(check, achieved("8"))).isEmpty();
    assertThat(ScoreFixture.run(check, achieved("10"))).isEmpty();
  }
}
