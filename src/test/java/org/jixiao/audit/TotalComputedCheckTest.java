package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalComputedCheckTest {
  private final TotalComputedCheck check = new TotalComputedCheck();

  @Test
  void reportsATotalThatIgnoresAnUnprintedScore() {
    // 失业保险参保人数 has no printed score: 10 × 24000 / 27000 = 8.89, not the 10 the total assumes
    List<Finding> findings =
        ScoreFixture.run(
            check,
            year()
                .sheet(
                    dept("自评表")
                        .funds("100", "100", "100", "100%", "10")
                        .row("产出指标", null, "新增城镇就业人数", "≥8200人", "8854人", "80", "80")
                        .row(
                            ind("产出指标", null, "失业保险参保人数")
                                .target("≥27000人")
                                .actual("24000人")
                                .weight("10"))
                        .total("100")));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TOTAL-COMPUTED");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“自评表” / 总分");
    assertThat(f.stated()).isEqualTo("100 分");
    assertThat(f.expected()).isEqualTo("98.89 分");
    assertThat(f.basis()).contains("1 项指标报告未列得分");
  }

  @Test
  void leavesDifferencesThatItemFindingsExplain() {
    // every score printed: the 2-point gap is SCORE-MISSED-FULL-MARKS at the item, not a total
    // error
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(
                        dept("自评表")
                            .funds("100", "100", "100", "100%", "10")
                            .row("产出指标", null, "职称评定通过率", "≤55%", "100%", "2", "2")
                            .row("产出指标", null, "新增城镇就业人数", "≥8200人", "8854人", "88", "88")
                            .total("100"))))
        .isEmpty();
  }
}
