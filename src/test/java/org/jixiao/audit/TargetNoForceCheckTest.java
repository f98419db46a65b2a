package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetNoForceCheckTest {
  private final TargetNoForceCheck check = new TargetNoForceCheck();

  private static ScoreFixture target(String target) {
    return year().sheet(dept("自评表").row("产出指标", "数量指标", "劳动仲裁受理案件数", target, "509起", "2", "2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥0起", "≥0", ">0起", "≥0%"})
  void reportsATargetEveryActualMeets(String target) {
    List<Finding> findings = ScoreFixture.run(check, target(target));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TARGET-NO-FORCE");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("评分表“自评表” / 产出指标 / 数量指标 / 劳动仲裁受理案件数 / 年度指标值");
    assertThat(f.stated()).isEqualTo(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"≥500起", "500起", "≤0起", "0起"})
  void acceptsATargetWithForce(String target) {
    assertThat(ScoreFixture.run(check, target(target))).isEmpty();
  }
}
