package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.project;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalWeightsCheckTest {
  private final TotalWeightsCheck check = new TotalWeightsCheck();

  private static ScoreFixture.Sheet sheet(String outputWeight) {
    return project("附件3-2 项目支出绩效自评表")
        .funds("101", "101", "101", "100%", "10")
        .row("产出指标", "数量指标", "已完成维护面积", "4012平方米", "4012平方米", outputWeight, outputWeight)
        .row("效益指标", "社会效益指标", "社会治安秩序稳定", "有效优化", "有效优化", "30", "30")
        .row("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "100%", "10", "10");
  }

  @Test
  void reportsAHeadingWhosePointsAreNotItsItems() {
    List<Finding> findings =
        ScoreFixture.run(
            check, year().sheet(sheet("45").subtotal(1, "产出指标", "50", null).totalWeight("100")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TOTAL-WEIGHTS");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“附件3-2 项目支出绩效自评表” / 产出指标 小计 / 分值");
    assertThat(f.stated()).isEqualTo("50 分");
    assertThat(f.expected()).isEqualTo("45 分");
  }

  @Test
  void reportsPointsThatDoNotAddUpToTheTotal() {
    assertThat(ScoreFixture.run(check, year().sheet(sheet("55"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("评分表“附件3-2 项目支出绩效自评表” / 总分 / 分值");
              assertThat(f.stated()).isEqualTo("100 分");
              assertThat(f.expected()).isEqualTo("105 分");
              assertThat(f.basis()).isEqualTo("预算执行 10 + 各项分值 55 + 30 + 10 = 105");
            });
  }

  @Test
  void acceptsPointsThatAddUp() {
    assertThat(
            ScoreFixture.run(
                check,
                year().sheet(sheet("50").subtotal(1, "产出指标", "50", "50").totalWeight("100"))))
        .isEmpty();
  }
}
