package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreFullMarksAdverseCheckTest {
  private final ScoreFullMarksAdverseCheck check = new ScoreFullMarksAdverseCheck();

  private static ScoreFixture threePublic(String value, String score) {
    return year()
        .sheet(
            thirdPartySheet("部门整体支出绩效自评指标计分表")
                .row(
                    ind("投入", "预算配置", "“三公经费”控制率")
                        .code("A23")
                        .weight("3")
                        .value(value)
                        .score(score)));
  }

  @Test
  void reportsFullMarksForAControlRateAboveOneHundredPercent() {
    List<Finding> findings = ScoreFixture.run(check, threePublic("223.00%", "3"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("SCORE-FULL-MARKS-ADVERSE");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("投入 / 预算配置 / A23 “三公经费”控制率 / 得分");
    assertThat(f.message()).contains("223.00%").contains("“三公”经费实际支出超出预算");
    assertThat(f.stated()).isEqualTo("3 分（满分）");
  }

  @Test
  void usesTheMeasuredRateWhenTheReportPrintsNone() {
    ScoreFixture year =
        threePublic(null, "3")
            .table(
                "three-public",
                org.jixiao.budget.TableKind.THREE_PUBLIC,
                "三公经费",
                ScoreFixture.line("三公经费").initial("2.00").actual("4.46"));
    assertThat(ScoreFixture.run(check, year))
        .singleElement()
        .extracting(Finding::basis)
        .asString()
        .contains("223.00%");
  }

  @Test
  void acceptsFullMarksWithinBudgetAndAnyDeduction() {
    assertThat(ScoreFixture.run(check, threePublic("68.55%", "3"))).isEmpty();
    assertThat(ScoreFixture.run(check, threePublic("223.00%", "1"))).isEmpty();
  }
}
