package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.question;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.survey;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyPointsCheckTest {

  private final SurveyPointsCheck check = new SurveyPointsCheck();

  @Test
  void aQuestionsPointsThatAreNotCountsTimesOptionPoints() {
    var y =
        year()
            .survey(
                survey()
                    .question(question("办事效率", "16", "非常好", 2, "比较好", 4, "一般", 1, "不了解", 2))
                    .build())
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-POINTS");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("16分");
              assertThat(f.expected()).isEqualTo("15分");
              assertThat(f.basis()).isEqualTo("非常好 2×3 + 比较好 4×2 + 一般 1×1 = 15");
              assertThat(f.location()).contains("办事效率");
            });
  }

  @Test
  void silentWhenEveryQuestionAddsUp() {
    assertThat(run(check, year().survey(yanfengSurvey().build()).build())).isEmpty();
  }
}
