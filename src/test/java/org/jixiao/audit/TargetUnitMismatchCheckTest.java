package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.project;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetUnitMismatchCheckTest {
  private final TargetUnitMismatchCheck check = new TargetUnitMismatchCheck();

  private static ScoreFixture row(String target, String actual) {
    return year()
        .sheet(
            project("附件3-1 项目支出绩效自评表").row("产出指标", "时效指标", "资金给付及时性", target, actual, "10", "10"));
  }

  @ParameterizedTest
  @CsvSource({"≤30天内, 100%, 天", "12个月, 100%, 个月", "207.36万元, 100%, 万元"})
  void reportsATargetAndActualInDifferentUnits(String target, String actual, String unit) {
    List<Finding> findings = ScoreFixture.run(check, row(target, actual));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TARGET-UNIT-MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("产出指标 / 时效指标 / 资金给付及时性 / 实际完成值");
    assertThat(f.stated()).isEqualTo(actual);
    assertThat(f.basis()).isEqualTo("指标值单位“" + unit + "” ≠ 实际完成值单位“%”");
  }

  @ParameterizedTest
  @CsvSource({
    "≥90%, 95%",
    "≤30天, 25天",
    "2023年内完成, 12月31日前完成",
    "≤12万元, 11.04万",
    "按时发放, 100%",
  })
  void acceptsComparableUnitsAndSidesWithoutAUnit(String target, String actual) {
    assertThat(ScoreFixture.run(check, row(target, actual))).isEmpty();
  }
}
