package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevLowExecutionCheckTest {
  private final DevLowExecutionCheck check = new DevLowExecutionCheck();

  private static ScoreFixture executed(String actual) {
    return year()
        .sheet(dept("部门整体支出绩效自评表").funds(null, "9853.12", actual, null, "8.8"))
        .narrative("七、存在的问题及原因分析", "预算编制不合理，预算调整金额较大，预算编制准确性有待提高。");
  }

  @Test
  void reportsLowExecutionThatNothingExplains() {
    List<Finding> findings = ScoreFixture.run(check, executed("8675.33"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("DEV-LOW-EXECUTION");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).isEqualTo("评分表“部门整体支出绩效自评表” / 预算执行率");
    assertThat(f.stated()).isEqualTo("88.05%");
    assertThat(f.basis()).startsWith("8675.33 / 9853.12 = 88.05% < 90.00%");
  }

  @Test
  void aSentenceThatOnlyRestatesTheRateIsNoExplanation() {
    ScoreFixture restated =
        executed("8675.33").narrative("五、部门整体支出绩效情况", "2022 年预算执行率较低，为 88.05%。");
    assertThat(ScoreFixture.run(check, restated)).hasSize(1);
  }

  @Test
  void acceptsLowExecutionTheNarrativeExplains() {
    ScoreFixture explained =
        executed("8675.33").narrative("八、存在的问题及原因分析", "存在专项资金预算执行进度缓慢的问题。由于就业补助资金年中追加，导致项目启动受阻。");
    assertThat(ScoreFixture.run(check, explained)).isEmpty();
  }

  @Test
  void acceptsExecutionAtOrAboveTheThreshold() {
    assertThat(ScoreFixture.run(check, executed("8867.81"))).isEmpty();
  }
}
