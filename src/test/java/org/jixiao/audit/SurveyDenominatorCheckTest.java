package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyDenominatorCheckTest {

  private final SurveyDenominatorCheck check = new SurveyDenominatorCheck();

  @Test
  void excludedAnswersLeftInTheDenominator() {
    var y = year().survey(yanfengSurvey().max("60").formula("总分=20*3=60 分").build()).build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-DENOMINATOR");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("未剔除不计入的回答");
              assertThat(f.stated()).isEqualTo("60分");
              assertThat(f.expected()).isEqualTo("48分");
            });
  }

  @Test
  void aFormulaWhoseFiguresAreNotTheTables() {
    var y = year().survey(yanfengSurvey().formula("总分=（20-1）*3=57 分").max(null).build()).build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.stated()).isEqualTo("1");
              assertThat(f.expected()).isEqualTo("4");
              assertThat(f.message()).contains("剔除的人次1");
            });
  }

  @Test
  void aValidAnswerCountThatIsNotAnswersLessExclusions() {
    var y = year().survey(yanfengSurvey().valid(20).build()).build();

    assertThat(run(check, y)).singleElement().extracting(Finding::expected).isEqualTo("16");
  }

  @Test
  void silentWhenTheDenominatorLeavesOutTheExcludedAnswers() {
    assertThat(run(check, year().survey(yanfengSurvey().valid(16).build()).build())).isEmpty();
  }
}
