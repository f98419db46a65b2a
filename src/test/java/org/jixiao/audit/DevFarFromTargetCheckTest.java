package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevFarFromTargetCheckTest {
  private final DevFarFromTargetCheck check = new DevFarFromTargetCheck();

  @Test
  void reportsUnexplainedOverAndUnderAchievement() {
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("2023 年度预算单位整体支出绩效自评表")
                        .row("产出指标", "数量指标", "职称评定数", "≥100人", "374人", "2", "2")
                        .row("产出指标", "数量指标", "创业培训参与人数", "400人", "240人", "2", "1.2")
                        .row("产出指标", "质量指标", "职称评定通过率", "≤55%", "100%", "2", "0.36")));

    assertThat(findings).extracting(Finding::code).containsOnly("DEV-FAR-FROM-TARGET");
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.WARNING);
    assertThat(findings)
        .extracting(Finding::basis)
        .containsExactly(
            "实际 374人 / 目标 ≥100人 = 374.00% ≥ 130.00%",
            "实际 240人 / 目标 400人 = 60.00% ≤ 70.00%", "实际 100% / 目标 ≤55% = 181.82% ≥ 130.00%");
    assertThat(findings.get(0).location())
        .isEqualTo("评分表“2023 年度预算单位整体支出绩效自评表” / 产出指标 / 数量指标 / 职称评定数 / 实际完成值");
    assertThat(findings.get(0).message()).contains("超额完成").contains("指标值是否设置偏低");
  }

  @Test
  void acceptsSmallDeviationsExplainedOnesAndActualsWellUnderACeiling() {
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        dept("自评表")
                            .row("产出指标", null, "新增城镇就业人数", "8200人", "8854人", "2", "2")
                            .row(
                                ind("产出指标", null, "失业人员再就业人数")
                                    .target("3500人")
                                    .actual("6305人")
                                    .weight("2")
                                    .score("2")
                                    .reason("园区新增用工需求集中释放，下年度按实际调高指标值"))
                            .row("产出指标", null, "城镇登记失业率", "≤4.5%", "1.52%", "10", "10"))))
        .isEmpty();
  }
}
