package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreMetMarkedDownCheckTest {
  private final ScoreMetMarkedDownCheck check = new ScoreMetMarkedDownCheck();

  @Test
  void reportsAnAchievedQualitativeTargetMarkedDownWithoutReason() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("自评表").row("效益指标", "社会效益指标", "增加就业岗位，促进社会就业", "有效促进", "有效促进", "10", "9")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-MET-MARKED-DOWN");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("效益指标 / 社会效益指标 / 增加就业岗位，促进社会就业 / 得分");
    assertThat(f.stated()).isEqualTo("9 分");
    assertThat(f.expected()).startsWith("10 分");
  }

  @Test
  void reportsAMetQuantitativeTargetMarkedDown() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        dept("自评表").row("产出指标", "数量指标", "新增城镇就业人数", "≥8200人", "8854人", "5", "4"))))
        .singleElement()
        .extracting(Finding::basis)
        .asString()
        .contains("满足目标");
  }

  @Test
  void acceptsFullMarksOrADeductionWithItsReason() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        dept("自评表")
                            .row("效益指标", null, "促进社会就业", "有效促进", "有效促进", "10", "10")
                            .row(
                                ind("效益指标", null, "构建和谐劳动关系")
                                    .target("有效保障")
                                    .actual("有效保障")
                                    .weight("10")
                                    .score("9")
                                    .reason("欠薪案件办结周期偏长，下年度压缩至 30 日内"))
                            .row("产出指标", null, "职称评定通过率", "≤55%", "100%", "2", "0.36"))))
        .isEmpty();
  }
}
