package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.framework.FrameworkFixture.byTarget;
import static org.jixiao.framework.FrameworkFixture.checklist;
import static org.jixiao.framework.FrameworkFixture.manual;
import static org.jixiao.framework.FrameworkFixture.proportional;
import static org.jixiao.framework.FrameworkFixture.qualitativeBands;
import static org.jixiao.framework.FrameworkFixture.reverse;
import static org.jixiao.framework.FrameworkFixture.rule;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.budget.Indicator;
import org.jixiao.framework.Framework;
import org.jixiao.framework.FrameworkFixture;
import org.jixiao.framework.FrameworkSpec.RuleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 按目标值计分 — the self-evaluation rules (财预〔2020〕10号 and the MOF platform, RULES.md §2.2, §2.5):
 * proportional, reverse, equal, qualitative bands, and what a manual score may be.
 */
class IndicatorScorerTest {

  static ItemResult score(
      RuleSpec rule, String target, String actual, String weight, String stated) {
    return score(
        FrameworkFixture.selfEvaluation().defaultRule(rule).build(),
        target,
        actual,
        weight,
        stated);
  }

  static ItemResult score(Framework f, String target, String actual, String weight, String stated) {
    Indicator row = SheetFixture.row("产出指标", "测试指标").values(target, actual, weight, stated).build();
    return new IndicatorScorer(f, new Measurements(YearFixture.year().build()))
        .score("产出指标 / 测试指标", null, row, row.weight(), List.of());
  }

  /** What the user reads: the explanation's result and, when not scored, the reason. */
  static String said(ItemResult i) {
    return i.explanation().result() + " | " + i.score().reason();
  }

  static String points(ItemResult i) {
    return i.score().isScored() ? i.score().points().toPlainString() : null;
  }

  @ParameterizedTest(name = "{0} / {1}, 分值 {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥90%    | 90%    | 5  | 5.00",
        "≥90%    | 95%    | 5  | 5.00",
        "≥100人  | 80人   | 10 | 8.00",
        "≥3件    | 2件    | 5  | 3.33",
        "≥90%    | 89%    | 5  | 4.94",
        "≥8人    | 1人    | 1  | 0.13",
        "≥1万人  | 8000人 | 5  | 4.00",
      })
  void proportionalIsFullWhenMetElseWeightTimesActualOverTarget(
      String target, String actual, String weight, String expected) {
    ItemResult i = score(proportional(), target, actual, weight, null);

    assertThat(points(i)).isEqualTo(expected);
    assertThat(i.status()).isEqualTo(ItemStatus.COMPUTED);
  }

  @Test
  void proportionalExplainsTheFormulaWhenNotMet() {
    ItemResult i = score(proportional(), "≥100人", "80人", "10", "10");

    assertThat(i.explanation().result())
        .isEqualTo("实际值“80人”未达到目标“≥100人”；按 分值 × 实际值/目标值 计分 → 得分 8.00（报告得分 10）");
    assertThat(i.status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
    assertThat(i.value()).isEqualByComparingTo("0.8");
  }

  @ParameterizedTest(name = "{0} / {1}, 分值 {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≤55%  | 50%     | 2  | 2.00",
        "≤55%  | 55%     | 2  | 2.00",
        "≤55%  | 100%    | 2  | 0.36",
        "≤10天 | 12天    | 10 | 8.00",
        "≤10天 | 15天    | 10 | 5.00",
        "≤10天 | 19.99天 | 10 | 0.01",
        "≤10天 | 20天    | 10 | 0.00",
        "≤10天 | 25天    | 10 | 0.00",
      })
  void reverseLosesTheShareByWhichTheTargetIsExceededAndNothingFromTwiceTheTarget(
      String target, String actual, String weight, String expected) {
    assertThat(points(score(reverse(), target, actual, weight, null))).isEqualTo(expected);
  }

  @Test
  void reverseZeroPointIsConfigurable() {
    // zero at 3 × target: 20天 against ≤10天 keeps half the points
    ItemResult i = score(rule("REVERSE").zeroPoint("3").spec(), "≤10天", "20天", "10", null);

    assertThat(points(i)).isEqualTo("5.00");
  }

  @ParameterizedTest(name = "{0} / {1}, 分值 {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥0.82万人 | 8854人  | 2  | 2.00",
        "≥1万人    | 8000人  | 5  | 4.00",
        "3.93万人  | 39300人 | 10 | 10.00",
        "400人     | 380人   | 10 | 9.50",
        "400人     | 447人   | 2  | 2.00",
        "≤4.5%     | 1.52%   | 10 | 10.00",
        "≤55%      | 100%    | 2  | 0.36",
        "0件       | 0件     | 5  | 5.00",
        "0件       | 2件     | 5  | 0.00",
        "≥0起      | 509起   | 2  | 2.00",
      })
  void byTargetFollowsTheTargetsComparison(
      String target, String actual, String weight, String expected) {
    assertThat(points(score(byTarget(), target, actual, weight, null))).isEqualTo(expected);
  }

  @Test
  void anEqualTargetOfZeroIsMissedOutright() {
    ItemResult i = score(byTarget(), "0件", "2件", "5", "5");

    assertThat(said(i)).contains("目标值为 0 时未达成得 0 分");
    assertThat(i.status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
  }

  @Test
  void differentUnitsCannotBeScoredAndSayWhy() {
    ItemResult i = score(byTarget(), "≥100人", "120人次", "5", null);

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason())
        .contains("实际值单位“人次”与目标单位“人”不可比")
        .contains("需人工评分")
        .contains("报告未列得分");
  }

  @Test
  void differentUnitsWithAStatedScoreWithinTheWeightAreAccepted() {
    // 资金给付及时性 ≤30天内 / 100% (seed 004): the engine cannot judge; the report's 6 stands
    ItemResult i = score(byTarget(), "≤30天内", "100%", "6", "6");

    assertThat(i.status()).isEqualTo(ItemStatus.ACCEPTED_STATED);
    assertThat(points(i)).isEqualTo("6");
    assertThat(said(i)).contains("不可比").contains("采用报告得分 6");
  }

  @ParameterizedTest(name = "按时发放 / 按时发放, 分值 5, 报告 {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5    | ACCEPTED_STATED     | 采用报告得分 5",
        "4    | ACCEPTED_STATED     | 采用报告得分 4",
        "4.5  | ACCEPTED_STATED     | 属“达成年度指标”档",
        "3.99 | STATED_OUT_OF_RANGE | 报告得分 3.99 不在允许范围（“达成年度指标”档）内",
        "5.5  | STATED_OUT_OF_RANGE | 报告得分 5.5 不在允许范围（“达成年度指标”档）内",
        "     | NOT_SCORED          | 得分由评价人员在档次内确定；报告未列得分",
      })
  void aMetQualitativeTargetTakesTheStatedScoreInsideTheAchievedBand(
      String stated, ItemStatus status, String fragment) {
    ItemResult i = score(byTarget(), "按时发放", "按时发放", "5", stated);

    assertThat(i.status()).isEqualTo(status);
    assertThat(said(i)).contains(fragment);
    if (status == ItemStatus.ACCEPTED_STATED) {
      assertThat(i.score().points()).isEqualByComparingTo(stated);
    } else {
      assertThat(i.score().isScored()).isFalse();
    }
  }

  @ParameterizedTest(name = "≥90% / 80% under 定性三档, 报告 {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3.99 | ACCEPTED_STATED",
        "3    | ACCEPTED_STATED",
        "0    | ACCEPTED_STATED",
        "4    | STATED_OUT_OF_RANGE",
        "5    | STATED_OUT_OF_RANGE",
      })
  void aMissedTargetUnderQualitativeBandsMustStayBelowTheAchievedBand(
      String stated, ItemStatus status) {
    ItemResult i = score(qualitativeBands(), "≥90%", "80%", "5", stated);

    assertThat(i.status()).isEqualTo(status);
    if (status == ItemStatus.STATED_OUT_OF_RANGE) {
      assertThat(i.score().reason()).contains("不在允许范围（“未完全达成年度指标”档）内");
    }
  }

  @Test
  void aQualitativeActualThatSaysSomethingElseNeedsJudgement() {
    ItemResult i = score(byTarget(), "稳定", "基本稳定", "5", null);

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason()).contains("定性目标“稳定”与实际“基本稳定”表述不同，需人工判断");
  }

  @ParameterizedTest(name = "{0} / {1} → over-achievement note: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥100人 | 130人 | true",
        "≥100人 | 129人 | false",
        "400人  | 520人 | true",
        "1万人次 | 1.23万人次 | false",
        "≤10天  | 5天   | false",
      })
  void anActualAtOrAbove130PercentOfTheTargetAsksForAnExplanation(
      String target, String actual, boolean noted) {
    ItemResult i = score(byTarget(), target, actual, "10", null);

    assertThat(points(i)).isEqualTo("10.00");
    if (noted) {
      assertThat(i.notes()).anySatisfy(n -> assertThat(n).contains("超过 130.00%，应说明超额原因"));
    } else {
      assertThat(i.notes()).noneSatisfy(n -> assertThat(n).contains("超额"));
    }
  }

  @Test
  void theOverAchievementNoteNamesTheRatio() {
    ItemResult i = score(byTarget(), "≥100人", "150人", "10", null);

    assertThat(i.notes()).contains("实际值为目标值的 150.00%，超过 130.00%，应说明超额原因（目标是否设置偏低）");
  }

  @ParameterizedTest(name = "{0} 分值 3, 报告 {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CHECKLIST | 3   | ACCEPTED_STATED",
        "CHECKLIST | 0   | ACCEPTED_STATED",
        "CHECKLIST | 2.5 | ACCEPTED_STATED",
        "CHECKLIST | 3.5 | STATED_OUT_OF_RANGE",
        "CHECKLIST | -1  | STATED_OUT_OF_RANGE",
        "MANUAL    | 3.5 | STATED_OUT_OF_RANGE",
        "MANUAL    | 2   | ACCEPTED_STATED",
        "MANUAL    |     | NOT_SCORED",
      })
  void aManualScoreMustLieBetweenZeroAndTheWeight(String type, String stated, ItemStatus status) {
    ItemResult i = score(type.equals("MANUAL") ? manual() : checklist(), null, null, "3", stated);

    assertThat(i.status()).isEqualTo(status);
    if (status == ItemStatus.STATED_OUT_OF_RANGE) {
      assertThat(i.score().reason()).isEqualTo("报告得分 " + stated + " 不在允许范围（0 至 3 分）内");
    }
  }

  @Test
  void anIndicatorWithoutAWeightIsNotScored() {
    ItemResult i = score(byTarget(), "≥90%", "95%", null, "5");

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason()).isEqualTo("评分表未列该指标的分值，无法评分");
  }

  @ParameterizedTest(name = "报告 {0} vs 计算 {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2    | MATCHES_STATED",
        "2.00 | MATCHES_STATED",
        "1.9  | DIFFERS_FROM_STATED",
        "     | COMPUTED",
      })
  void aComputedScoreIsComparedWithTheReportsAtItsPrecision(String stated, ItemStatus status) {
    assertThat(score(byTarget(), "≥90%", "95%", "2", stated).status()).isEqualTo(status);
  }

  @Test
  void aComputedScoreHalfAPointBelowAPrintedIntegerDiffers() {
    ItemResult i = score(byTarget(), "400人", "380人", "10", "10");

    assertThat(points(i)).isEqualTo("9.50");
    assertThat(i.status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
  }

  @Test
  void aReverseRuleNeverScoresAboveTheWeight() {
    ItemResult i = score(reverse(), "≥90%", "80%", "10", null);

    assertThat(i.score().points()).isLessThanOrEqualTo(new BigDecimal("10"));
  }

  @ParameterizedTest(name = "{0}, {1} dp: ≥8人 / 1人, 分值 1 → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HALF_UP | 2 | 0.13",
        "HALF_EVEN | 2 | 0.12",
        "DOWN | 2 | 0.12",
        "HALF_UP | 1 | 0.1"
      })
  void indicatorScoresAreRoundedUnderTheFrameworksPolicy(String mode, int scale, String expected) {
    Framework f =
        FrameworkFixture.selfEvaluation()
            .defaultRule(proportional())
            .rounding(scale, 2, mode)
            .build();

    assertThat(points(score(f, "≥8人", "1人", "1", null))).isEqualTo(expected);
  }
}
