package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreMissedFullMarksCheckTest {
  private final ScoreMissedFullMarksCheck check = new ScoreMissedFullMarksCheck();

  @Test
  void reportsAMissedCeilingGivenFullMarks() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("2023 年度预算单位整体支出绩效自评表")
                        .row("产出指标", "质量指标", "职称评定通过率", "≤55%", "100%", "2", "2")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-MISSED-FULL-MARKS");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“2023 年度预算单位整体支出绩效自评表” / 产出指标 / 质量指标 / 职称评定通过率 / 得分");
    assertThat(f.stated()).isEqualTo("2 分（满分）");
    assertThat(f.expected()).isEqualTo("0.36 分");
    assertThat(f.message()).contains("实际值“100%”超出目标“≤55%”");
  }

  @Test
  void reportsAFrameworkThresholdMissedWithFullMarks() {
    // 45 serving against 42 posts: 107.14 %, above the "≤ 100 %" full-marks standard
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .staffing(42, 45)
                .sheet(
                    thirdPartySheet("评分结果表")
                        .row(ind("投入", "预算配置", "在职人员控制率").code("A22").weight("3").score("3"))));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).endsWith("投入 / 预算配置 / A22 在职人员控制率 / 得分");
              assertThat(f.message()).contains("107.14%");
              assertThat(f.expected()).startsWith("低于满分 3 分");
            });
  }

  @Test
  void acceptsFullMarksForAMetTargetAndPartialMarksForAMissedOne() {
    assertThat(
            ScoreFixture.run(
                    check,
                    year()
                        .staffing(42, 40)
                        .sheet(
                            dept("自评表")
                                .row("产出指标", "质量指标", "职称评定通过率", "≤55%", "50%", "2", "2")
                                .row("产出指标", "质量指标", "档案整理完成率", "≥98%", "90%", "2", "1.84")))
                .stream()
                .toList())
        .isEmpty();
  }
}
