package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.yanfengSurvey;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class SurveyTotalsCheckTest {

  private final SurveyTotalsCheck check = new SurveyTotalsCheck();

  @Test
  void aTotalsRowThatIsNotTheSumOfItsColumn() {
    var y = year().survey(yanfengSurvey().total("不了解", 1).points("40").build()).build();

    var found = run(check, y);

    assertThat(found).hasSize(2);
    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.stated()).isEqualTo("1人");
              assertThat(f.expected()).isEqualTo("4人");
              assertThat(f.basis()).isEqualTo("1 + 2 + 1 = 4");
            })
        .anySatisfy(
            f -> {
              assertThat(f.stated()).isEqualTo("40分");
              assertThat(f.expected()).isEqualTo("39分");
              assertThat(f.basis()).contains("10 + 15 + 14 = 39");
            });
  }

  @Test
  void silentWhenTheTotalsRowAddsUp() {
    assertThat(run(check, year().survey(yanfengSurvey().build()).build())).isEmpty();
  }
}
