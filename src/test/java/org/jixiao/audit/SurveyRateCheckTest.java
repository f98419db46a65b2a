package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.question;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.survey;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyRateCheckTest {

  private final SurveyRateCheck check = new SurveyRateCheck();

  @Test
  void aRateThatIsNotPointsOverMaximum() {
    var y = year().survey(yanfengSurvey().rate("85.25%").build()).build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-RATE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("85.25%");
              assertThat(f.expected()).isEqualTo("81.25%");
              assertThat(f.basis()).isEqualTo("得分 39 ÷ 应得总分 48 × 100% = 81.25%");
            });
  }

  @Test
  void aRateOverAZeroMaximumIsUndefinedNotZero() {
    var y =
        year()
            .survey(survey().question(question("服务态度", null, "不了解", 5)).rate("0%").build())
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.expected()).isEqualTo("无意义（分母为 0）");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void aRateComputedFromTheTalliesWhenNoTotalIsPrinted() {
    var y =
        year()
            .survey(
                survey()
                    .question(question("服务态度", null, "非常好", 3, "比较好", 1))
                    .rate("91.67%")
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void silentWhenTheRateFollows() {
    assertThat(run(check, year().survey(yanfengSurvey().build()).build())).isEmpty();
  }
}
