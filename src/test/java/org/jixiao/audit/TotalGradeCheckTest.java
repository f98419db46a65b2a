package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class TotalGradeCheckTest {
  private final TotalGradeCheck check = new TotalGradeCheck();

  private static ScoreFixture graded(String total, String grade) {
    return year().sheet(dept("自评表").total(total).grade(grade));
  }

  @Test
  void reportsAGradeTheTotalDoesNotEarn() {
    List<Finding> findings = ScoreFixture.run(check, graded("89", "优"));

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo("TOTAL-GRADE");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo("评分表“自评表” / 评价等级");
    assertThat(f.stated()).isEqualTo("优");
    assertThat(f.expected()).isEqualTo("良");
    assertThat(f.basis()).isEqualTo("总分 89 分；等级表：优 ≥90，良 ≥80，中 ≥60，差 ≥0");
  }

  @Test
  void acceptsTheGradeOfTheTotalInAnyOfItsSpellings() {
    assertThat(ScoreFixture.run(check, graded("98", "优秀"))).isEmpty();
    assertThat(ScoreFixture.run(check, graded("90", "优"))).isEmpty();
    assertThat(ScoreFixture.run(check, graded("85.5", "良好"))).isEmpty();
  }
}
