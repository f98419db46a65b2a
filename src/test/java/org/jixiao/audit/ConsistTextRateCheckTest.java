package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.junit.jupiter.api.Test;

class ConsistTextRateCheckTest {

  private final ConsistTextRateCheck check = new ConsistTextRateCheck();

  @Test
  void aRateWhoseInputsStandInTheSentenceBefore() {
    var y =
        year()
            .text(
                "C13 构和谐",
                "截止到 2023 年 11 月 30 日，共接到信访平台投诉件 29 件，其中欠薪 16 件、劳动仲裁 5 件。"
                    + "2023 年已办结 28 件，正在办理中的 1 件，一次性化解率 95.5%，群众满意率 100%。")
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-TEXT-RATE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("95.5%");
              assertThat(f.expected()).isEqualTo("96.55%");
              assertThat(f.basis()).contains("28件 ÷").contains("29件");
            });
  }

  @Test
  void aWholePercentRoundedTheWrongWayIsAnErrorOneCutOffANote() {
    var y =
        year()
            .text(
                "4.争议调解",
                "全年受理劳动争议案件233起，其中立案处理106起，结案100起，结案率95%；庭外调解127起，调解成120起，调解率95%。"
                    + "全年受理投诉150件，已办结142件，办结率94%。")
            .build();

    assertThat(run(check, y))
        .extracting(Finding::severity, Finding::stated, Finding::expected)
        .containsExactly(
            tuple(Severity.ERROR, "95%", "94.34%"),
            tuple(Severity.ERROR, "95%", "94.49%"),
            tuple(Severity.INFO, "94%", "94.67%"));
  }

  @Test
  void silentWhenSomeReadingOfTheSentenceGivesTheRate() {
    var y =
        year()
            .text(
                "C13",
                "共受理劳动争议 237 件，当前已办理结案 212 件，裁决结案 52 件，调解结案 140 件，结案率为 89.45%，调解率为 59.07%。"
                    + "全州共办结拖欠农民工工资案件 1431 件，办结率 100%；全州共受理劳动争议案件1277件，已办结1247件，仲裁结案率98%。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void aGoalsCompletionRateAgainstItsTargetAllowsForFiguresInWan() {
    var y =
        year()
            .goal(
                "指标1",
                "全州城镇新增就业2万人, 全州开展创业培训3500人。",
                "全州城镇新增就业2.33万人, 完成省定年度任务的116.6%。全州开展创业培训4710人, 完成省定年度任务的144.6%。")
            .build();

    var found = run(check, y);

    assertThat(found)
        .extracting(Finding::severity, Finding::stated, Finding::expected)
        .containsExactlyInAnyOrder(
            tuple(Severity.INFO, "116.6%", "116.50%"), tuple(Severity.ERROR, "144.6%", "134.57%"));
  }
}
