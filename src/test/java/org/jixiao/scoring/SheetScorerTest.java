package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.SheetFixture.row;

import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.Framework;
import org.jixiao.framework.FrameworkFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 自评表计分 — a self-evaluation sheet whose indicators and weights are the department's own: budget
 * execution, every row, subtotals by the sheet's headings, total and grade.
 */
class SheetScorerTest {

  static final Framework SELF = FrameworkFixture.selfEvaluation().build();

  static SheetResult score(SheetFixture sheet, Framework f) {
    ScoreSheet s = sheet.build();
    DepartmentYear year = YearFixture.year().sheet(s).build();
    return new SheetScorer().score(year, s, f);
  }

  static ItemResult item(SheetResult r, String name) {
    return r.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  static SubtotalResult subtotal(SheetResult r, int level, String name) {
    return r.subtotals().stream()
        .filter(s -> s.level() == level && s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no subtotal " + name + " in " + r.subtotals()));
  }

  /**
   * 预算执行 10 (8.79) + 产出 50 + 效益 20 + 满意度 20 = 100 points; computed 8.79 + 30 + 3.64 + 18 + 20 =
   * 80.43.
   */
  static SheetFixture yiyangLike() {
    return SheetFixture.department()
        .funds("2123.42", "5260.65", "4624.56", "8.79")
        .row(row("产出指标", "新增城镇就业人数").values("≥3.4万人", "3.93万人", "30", "30"))
        // 20 × (2 − 100/55) = 3.6363… → 3.64
        .row(row("产出指标", "职称评定通过率").values("≤55%", "100%", "20", "20"))
        .row(row("效益", "保障农民工权益维护社会稳定").values("稳定", "稳定", "20", "18"))
        .row(row("效益", "不适用").target("不适用"))
        .row(row("满意度指标", "服务对象满意率").values("≥95%", "98%", "20", "20"))
        .subtotal(1, "产出指标（50分）", "50", "50")
        .subtotal(1, "效益指标", "20", "18")
        .statedTotal("98.79")
        .statedGrade("优");
  }

  @Test
  void theTotalIsTheBudgetScorePlusEveryIndicator() {
    SheetResult r = score(yiyangLike(), SELF);

    assertThat(r.budgetExecution().score().points()).isEqualByComparingTo("8.79");
    assertThat(r.total().points().toPlainString()).isEqualTo("80.43");
    assertThat(r.statedTotal()).isEqualByComparingTo("98.79");
    assertThat(r.grade()).isEqualTo("良");
    assertThat(r.statedGrade()).isEqualTo("优");
    assertThat(r.frameworkId()).isEqualTo("dept-self-10");
    assertThat(r.notes()).isEmpty();
    assertThat(r.allItems()).first().extracting(ItemResult::name).isEqualTo("预算执行率");
  }

  @Test
  void eachRowCarriesItsOwnStatus() {
    SheetResult r = score(yiyangLike(), SELF);

    assertThat(item(r, "新增城镇就业人数").status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(item(r, "职称评定通过率").score().points()).isEqualByComparingTo("3.64");
    assertThat(item(r, "职称评定通过率").status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
    assertThat(item(r, "保障农民工权益维护社会稳定").status()).isEqualTo(ItemStatus.ACCEPTED_STATED);
    assertThat(item(r, "不适用").status()).isEqualTo(ItemStatus.EXCLUDED);
    assertThat(item(r, "不适用").explanation().result()).isEqualTo("报告标注为不适用，不计分");
    assertThat(item(r, "职称评定通过率").path()).isEqualTo("产出指标 / 职称评定通过率");
  }

  @Test
  void subtotalsFollowTheSheetsHeadingsAndMatchPrintedOnesByName() {
    SheetResult r = score(yiyangLike(), SELF);

    assertThat(r.subtotals())
        .extracting(SubtotalResult::name)
        .containsExactly("产出指标", "效益", "满意度指标");
    SubtotalResult output = subtotal(r, 1, "产出指标");
    assertThat(output.score().points()).isEqualByComparingTo("33.64");
    assertThat(output.itemWeights()).isEqualByComparingTo("50");
    // matched with the printed “产出指标（50分）”; the heading has no weight, so the printed one is used
    assertThat(output.statedScore()).isEqualByComparingTo("50");
    assertThat(output.weight()).isEqualByComparingTo("50");
    // “效益” is an alias of 效益指标, which the report prints
    SubtotalResult benefit = subtotal(r, 1, "效益");
    assertThat(benefit.score().points()).isEqualByComparingTo("18");
    assertThat(benefit.itemWeights()).as("the 不适用 row does not count").isEqualByComparingTo("20");
    assertThat(benefit.statedScore()).isEqualByComparingTo("18");
    SubtotalResult satisfaction = subtotal(r, 1, "满意度指标");
    assertThat(satisfaction.statedScore()).isNull();
    assertThat(satisfaction.weight()).isNull();
  }

  @Test
  void headingsWrittenWithTheirPointsAreStillKnown() {
    SheetResult r =
        score(
            SheetFixture.department()
                .funds(null, "100", "100", null)
                .row(row("产出指标（90分）", "新增城镇就业人数").values("≥3.4万人", "3.93万人", "90", null)),
            SELF);

    assertThat(item(r, "新增城镇就业人数").notes()).isEmpty();
    assertThat(r.total().points()).isEqualByComparingTo("100");
    assertThat(r.grade()).isEqualTo("优");
  }

  @Test
  void aHeadingTheFrameworkDoesNotKnowIsNoted() {
    SheetResult r =
        score(
            SheetFixture.department()
                .funds(null, "100", "100", null)
                .row(row("其他指标", "信访件办结率").values("≥95%", "100%", "90", "90")),
            SELF);

    assertThat(item(r, "信访件办结率").notes()).containsExactly("一级指标“其他指标”不在指标体系“部门整体支出绩效自评表（测试）”中");
    assertThat(item(r, "信访件办结率").status()).isEqualTo(ItemStatus.MATCHES_STATED);
  }

  @Test
  void anUnscoredRowLeavesTheTotalUnscoredAndCountsIt() {
    SheetResult r =
        score(yiyangLike().row(row("满意度指标", "群众满意度").values("满意", "基本满意", "5", null)), SELF);

    assertThat(item(r, "群众满意度").status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(r.total().isScored()).isFalse();
    assertThat(r.total().reason()).isEqualTo("1 项未评分（群众满意度），已评分部分合计 80.43");
    assertThat(r.grade()).isNull();
    assertThat(subtotal(r, 1, "满意度指标").score().reason()).isEqualTo("1 项未评分，已评分部分 20");
  }

  @Test
  void moreThanFiveUnscoredRowsAreNamedUpToFive() {
    SheetFixture sheet = SheetFixture.department().funds(null, "9853.12", "8675.33", "8.8");
    for (int n = 1; n <= 7; n++) {
      sheet.row(row("产出", "指标" + n).target("完成省定任务").actual("超额完成"));
    }
    SheetResult r = score(sheet, SELF);

    assertThat(r.total().reason()).isEqualTo("7 项未评分（指标1、指标2、指标3、指标4、指标5 等），已评分部分合计 8.8");
    assertThat(item(r, "指标1").score().reason()).isEqualTo("评分表未列该指标的分值，无法评分");
    // weights absent altogether: no note about their sum
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void aBudgetThatCannotBeScoredLeavesTheTotalUnscored() {
    SheetResult r =
        score(
            SheetFixture.department()
                .funds("0", "0", "0", null)
                .row(row("产出指标", "新增城镇就业人数").values("≥3.4万人", "3.93万人", "90", "90")),
            SELF);

    assertThat(r.total().reason()).startsWith("1 项未评分（预算执行率）");
  }

  @Test
  void weightsThatDoNotAddUpToTheTotalAreNoted() {
    SheetResult r =
        score(
            SheetFixture.department()
                .funds(null, "100", "100", "10")
                .row(row("产出指标", "新增城镇就业人数").values("≥3.4万人", "3.93万人", "85", "85")),
            SELF);

    assertThat(r.notes()).containsExactly("指标分值合计 95（含预算执行）与总分 100 不符");
    assertThat(r.total().points()).isEqualByComparingTo("95");
  }

  @Test
  void aSheetWithoutRowsSaysSo() {
    SheetResult r = score(SheetFixture.department().funds(null, "100", "100", "10"), SELF);

    assertThat(r.notes()).containsExactly("评分表没有指标行");
    assertThat(r.total().points()).isEqualByComparingTo("10");
  }

  @ParameterizedTest(name = "{0}: 76.60 → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"优良中差-90-80-60 | 中", "优良合格不合格-90-75-60 | 良"})
  void theGradeComesFromTheFrameworksTable(String preset, String grade) {
    SheetResult r =
        score(
            SheetFixture.department()
                .funds(null, "100", "100", "10")
                // 90 × 74 / 100 = 66.60
                .row(row("产出指标", "职业技能培训人数").values("≥100人", "74人", "90", "90")),
            FrameworkFixture.selfEvaluation().grades(preset, null).build());

    assertThat(r.total().points()).isEqualByComparingTo("76.60");
    assertThat(r.grade()).isEqualTo(grade);
  }

  @Test
  void aProjectSheetAddsUpToTheProjectWeights() {
    Framework project = FrameworkFixture.projectSelfEvaluation().build();
    SheetResult r =
        score(
            SheetFixture.project()
                .funds("0", "92", "84.69", "9.20")
                .row(row("产出指标", "公开招聘事业单位人数").values("45人", "45人", "50", "50"))
                .row(row("效益指标", "促进就业公平等").values("有效促进", "有效促进", "30", "30"))
                .row(row("满意度指标", "群众满意度").values("≥95%", "100%", "10", "10"))
                .statedTotal("99.20"),
            project);

    assertThat(r.budgetExecution().score().points()).isEqualByComparingTo("9.21");
    assertThat(r.total().points()).isEqualByComparingTo("99.21");
    assertThat(subtotal(r, 1, "产出指标").weight()).isEqualByComparingTo("50");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void totalsAreRoundedUnderTheFrameworksPolicy() {
    Framework integers = FrameworkFixture.selfEvaluation().rounding(2, 0, "HALF_UP").build();

    assertThat(score(yiyangLike(), integers).total().points().toPlainString()).isEqualTo("80");
    assertThat(score(yiyangLike(), integers).grade()).isEqualTo("良");
  }
}
