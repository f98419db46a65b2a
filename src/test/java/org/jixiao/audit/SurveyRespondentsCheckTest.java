package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ConsistencyFixture.question;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.survey;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyRespondentsCheckTest {

  private final SurveyRespondentsCheck check = new SurveyRespondentsCheck();

  @Test
  void questionsOfOneQuestionnaireAnsweredByDifferentNumbers() {
    assertThat(run(check, year().survey(yanfengSurvey().build()).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-RESPONDENTS");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("服务态度 5人、办事效率 9人、办事流程 6人");
              assertThat(f.message()).contains("无法确定调查样本量");
            });
  }

  @Test
  void moreAnswersThanQuestionnairesIsAWarningFewerANote() {
    var y =
        year()
            .survey(
                survey()
                    .respondents(6)
                    .question(question("服务态度", null, "非常好", 5, "比较好", 2))
                    .question(question("办事效率", null, "非常好", 4, "比较好", 1))
                    .build())
            .build();

    assertThat(run(check, y))
        .extracting(Finding::severity, Finding::stated)
        .containsExactly(tuple(Severity.WARNING, "7人"), tuple(Severity.INFO, "5人"));
  }

  @Test
  void silentWhenEveryQuestionHasEveryRespondent() {
    var y =
        year()
            .survey(
                survey()
                    .respondents(6)
                    .question(question("服务态度", null, "非常好", 5, "比较好", 1))
                    .question(question("办事效率", null, "非常好", 4, "不了解", 2))
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
