package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDeductionNoReasonCheckTest {
  private final ScoreDeductionNoReasonCheck check = new ScoreDeductionNoReasonCheck();

  private static ScoreFixture c11(String analysis) {
    return year()
        .sheet(
            thirdPartySheet("部门整体支出绩效评价评分结果表")
                .row(
                    ind("产出", "实际完成情况", "稳就业")
                        .code("C11")
                        .weight("10")
                        .score("8")
                        .criterion("根据评分规则，分值 10 分，得分 8 分。")
                        .analysis(analysis)));
  }

  @Test
  void reportsAJudgedDeductionWithNoReason() {
    // "未建立" describes the work done early in the text; the conclusion names no shortcoming
    List<Finding> findings =
        ScoreFixture.run(
            check,
            c11("清理未建立认证模板退休人员 120 人。全年城镇新增就业 2369 人，已完成年度目标任务。" + "根据评分规则，分值 10 分，得分 8 分。"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-DEDUCTION-NO-REASON");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("产出 / 实际完成情况 / C11 稳就业 / 得分");
    assertThat(f.stated()).isEqualTo("8 分（扣 2 分）");
  }

  @Test
  void acceptsADeductionWhoseConclusionNamesTheShortcoming() {
    assertThat(
            ScoreFixture.run(
                check, c11("全年城镇新增就业 2369 人，但零工市场建设滞后，部分就业援助对象未按时回访。根据评分规则，分值 10 分，得分 8 分。")))
        .isEmpty();
  }
}
