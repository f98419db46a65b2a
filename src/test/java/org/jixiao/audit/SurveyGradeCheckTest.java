package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;

class SurveyGradeCheckTest {

  private final SurveyGradeCheck check = new SurveyGradeCheck();

  /**
   * A sheet scored under the fixture's third-party framework, which has a satisfaction indicator.
   */
  private static ScoreSheet thirdPartySheet() {
    ScoreSheet s = sheet("dept", SheetKind.DEPARTMENT, "评分结果表").build();
    return new ScoreSheet(
        s.id(),
        s.kind(),
        s.name(),
        "third-party-test",
        null,
        null,
        null,
        null,
        s.indicators(),
        s.statedSubtotals(),
        null,
        null,
        s.signOffs(),
        null,
        null);
  }

  @Test
  void aGradeThatTheGradeTableDoesNotGive() {
    var y = year().sheet(thirdPartySheet()).survey(yanfengSurvey().grade("优").build()).build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-GRADE");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("优");
              assertThat(f.expected()).isEqualTo("良");
            });
  }

  @Test
  void silentWhenTheGradeFollowsOrNoFrameworkGradesTheSurvey() {
    assertThat(run(check, year().sheet(thirdPartySheet()).survey(yanfengSurvey().build()).build()))
        .isEmpty();
    assertThat(run(check, year().survey(yanfengSurvey().grade("优").build()).build())).isEmpty();
  }
}
