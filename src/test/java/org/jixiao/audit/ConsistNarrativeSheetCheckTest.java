package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;

class ConsistNarrativeSheetCheckTest {

  private final ConsistNarrativeSheetCheck check = new ConsistNarrativeSheetCheck();

  private static ConsistencyFixture.YearBuilder withSheet() {
    return year()
        .sheet(
            sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                .indicator("产出指标", "职业技能培训参与人数", "1000人", "1026人", "2", "2")
                .indicator("产出指标", "创业培训参与人数", "400人", "447人", "2", "2")
                .build())
        .sheet(
            sheet("p2", SheetKind.PROJECT, "运行维护经费")
                .indicator("产出指标", "2023年度信访交办件", "55件", "55件", "7.5", "7.5")
                .build());
  }

  @Test
  void aCompletionRateThatIsNotActualOverTarget() {
    var y =
        withSheet().text("6、部门整体支出绩效情况", "职业技能培训1026人，完成目标任务的114%；创业培训447人，完成目标任务的112%。").build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-SHEET");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("114%");
              assertThat(f.expected()).isEqualTo("102.60%");
              assertThat(f.basis()).contains("1026人 ÷ 年度指标值 1000人");
            });
  }

  @Test
  void aLikelySameCountIsAWarningThatSaysSo() {
    var y = withSheet().text("6、部门整体支出绩效情况", "全年回复各级信访办件57件，共受理举报投诉1792个。").build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("57件");
              assertThat(f.expected()).isEqualTo("55件");
              assertThat(f.message()).contains("疑为同一数量");
            });
  }

  @Test
  void silentWhenTextAndSheetAgree() {
    var y =
        withSheet()
            .text("6、部门整体支出绩效情况", "职业技能培训1026人，完成目标任务的103%；创业培训447人，完成目标任务的112%。全年回复各级信访办件55件。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void aTargetInTheTextIsNotComparedWithAnActual() {
    var y = withSheet().goal("目标1", "全年回复各级信访办件57件", null).build();

    assertThat(run(check, y)).isEmpty();
  }
}
