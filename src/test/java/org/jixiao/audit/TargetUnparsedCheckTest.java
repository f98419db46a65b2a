package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetUnparsedCheckTest {
  private final TargetUnparsedCheck check = new TargetUnparsedCheck();

  private static ScoreFixture target(String target) {
    return year()
        .sheet(dept("自评表").row(ind("产出", "数量、质量、时效、成本指标", "指标1").target(target).actual("超额完成")));
  }

  @Test
  void notesATargetTheEngineCannotRead() {
    List<Finding> findings =
        ScoreFixture.run(
            check, target("完成省定就业创业考核指标。全州城镇新增就业2万人, 全州开展创业培训3500人, 全州离校未就业高校毕业生就业率96%以上。"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TARGET-UNPARSED");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.location()).isEqualTo("评分表“自评表” / 产出 / 数量、质量、时效、成本指标 / 指标1 / 年度指标值");
    assertThat(f.basis()).isEqualTo("含有多个数值，无法确定指标值");
  }

  @Test
  void leavesFiguresAndPhrasesAlone() {
    assertThat(ScoreFixture.run(check, target("≥2万人"))).isEmpty();
    assertThat(ScoreFixture.run(check, target("创业带动就业工作持续加强"))).isEmpty();
  }
}
