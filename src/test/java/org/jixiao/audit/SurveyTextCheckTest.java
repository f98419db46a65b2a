package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyTextCheckTest {

  private final SurveyTextCheck check = new SurveyTextCheck();

  @Test
  void theTextCountsAnOptionOtherwiseThanTheTable() {
    var y =
        year()
            .survey(yanfengSurvey().build())
            .text(
                "2、服务满意度分值 4 分，得分 3 分。",
                "评分标准：非常好得 3 分，比较好得 2 分，一般得 1 分，非常差扣 1 分，不了解不给分且不纳入总分。"
                    + "本次评价共 1 人对上述问题不了解，因此不纳入总分统计，总分=（20-4）*3=48 分，得分 39 分，综合满意度达 81.25%。")
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-TEXT");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("1人");
              assertThat(f.expected()).isEqualTo("4人次");
              assertThat(f.basis()).contains("1 + 2 + 1 = 4");
              assertThat(f.location()).contains("服务满意度分值");
            });
  }

  @Test
  void theTextQuotesAnotherRate() {
    var y =
        year()
            .survey(yanfengSurvey().build())
            .text("2、服务满意度", "不了解的 4 人不纳入总分，综合满意度达 91.25%。")
            .build();

    assertThat(run(check, y)).singleElement().extracting(Finding::stated).isEqualTo("91.25%");
  }

  @Test
  void silentWhenTheTextAgreesOrSpeaksOfSomethingElse() {
    var y =
        year()
            .survey(yanfengSurvey().build())
            .text("2、服务满意度", "共 4 人次对上述问题不了解，不纳入总分，综合满意度达 81.25%。")
            .text("C13", "共接到信访件 29 件，群众满意率 100%，一般 3 人。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
