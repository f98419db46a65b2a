package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevDoubleDeviationCheckTest {
  private final DevDoubleDeviationCheck check = new DevDoubleDeviationCheck();

  private static ScoreFixture goalsMet(String actual, String score) {
    return year()
        .sheet(
            dept("2024年度部门整体支出绩效自评表")
                .funds("2123.43", "5260.65", actual, null, score)
                .row("产出指标", null, "新增城镇就业人数", "≥3.4万人", "3.93万人", "50", "50")
                .row("效益指标", null, "职业培训总人数", "≥1万人次", "1.23万人次", "40", "40"));
  }

  @Test
  void reportsGoalsMetWhileTheMoneyWasNotSpent() {
    List<Finding> findings = ScoreFixture.run(check, goalsMet("4624.56", "8.79"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("DEV-DOUBLE-DEVIATION");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("评分表“2024年度部门整体支出绩效自评表” / 预算执行率与指标得分");
    assertThat(f.basis())
        .isEqualTo("(S/Smax − B/Bmax)/(S/Smax) = (90/90 − 4624.56/5260.65)/(90/90) = 12.09% > 5%");
  }

  @Test
  void acceptsExecutionThatKeepsUpWithTheGoals() {
    // 5050 / 5260.65 = 96.00 %: (1 − 0.96) / 1 = 4 % ≤ 5 %
    assertThat(ScoreFixture.run(check, goalsMet("5050.22", "9.60"))).isEmpty();
  }
}
