package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetActualInequalityCheckTest {
  private final TargetActualInequalityCheck check = new TargetActualInequalityCheck();

  private static ScoreFixture actual(String actual) {
    return year().sheet(dept("自评表").row("产出指标", "质量指标", "城镇登记失业率", "≤4.5%", actual, "2", "2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"≤3.5%", "3.5%以下", "3%-3.5%"})
  void reportsAnActualThatIsNotAFigure(String actual) {
    List<Finding> findings = ScoreFixture.run(check, actual(actual));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TARGET-ACTUAL-INEQUALITY");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("产出指标 / 质量指标 / 城镇登记失业率 / 实际完成值");
    assertThat(f.stated()).isEqualTo(actual);
    assertThat(f.expected()).isEqualTo("确定的实际数值");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.5%", "60天内", "12月31日前完成", "约3.5%"})
  void acceptsFiguresAndKeptTimeLimits(String actual) {
    assertThat(ScoreFixture.run(check, actual(actual))).isEmpty();
  }
}
