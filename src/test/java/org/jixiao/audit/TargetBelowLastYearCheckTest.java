package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.line;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class TargetBelowLastYearCheckTest {
  private final TargetBelowLastYearCheck check = new TargetBelowLastYearCheck();

  private static ScoreFixture target(String target) {
    return year()
        .table(
            "project-spending",
            TableKind.PROJECT_SPENDING,
            "项目支出情况",
            line("职业技能培训补贴发放").lastYear("180").actual("196.5"))
        .sheet(dept("自评表").row("产出指标", "数量指标", "职业技能培训补贴发放", target, "196.5万元", "5", "5"));
  }

  @Test
  void reportsATargetBelowLastYearsActual() {
    List<Finding> findings = ScoreFixture.run(check, target("≥150万元"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TARGET-BELOW-LAST-YEAR");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.location()).endsWith("产出指标 / 数量指标 / 职业技能培训补贴发放 / 年度指标值");
    assertThat(f.expected()).isEqualTo("不低于上年实际 180万元");
    assertThat(f.basis()).isEqualTo("指标值 150万元 < 上年决算数 180万元（表“项目支出情况”）");
  }

  @Test
  void acceptsATargetAtOrAboveLastYearAndIndicatorsWithNoLastYear() {
    assertThat(ScoreFixture.run(check, target("≥1800000元"))).isEmpty();
    assertThat(ScoreFixture.run(check, target("≥200万元"))).isEmpty();
    assertThat(
            ScoreFixture.run(
                check,
                year()
                    .sheet(dept("自评表").row("产出指标", null, "新增城镇就业人数", "≥8200人", "8854人", "5", "5"))))
        .isEmpty();
  }
}
