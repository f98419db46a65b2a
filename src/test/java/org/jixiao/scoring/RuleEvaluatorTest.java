package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.framework.FrameworkFixture.deduction;
import static org.jixiao.framework.FrameworkFixture.rule;
import static org.jixiao.framework.FrameworkFixture.step;
import static org.jixiao.framework.FrameworkFixture.steps;
import static org.jixiao.framework.FrameworkFixture.survey;
import static org.jixiao.framework.FrameworkFixture.threshold;
import static org.jixiao.scoring.IndicatorScorerTest.points;
import static org.jixiao.scoring.IndicatorScorerTest.said;
import static org.jixiao.scoring.IndicatorScorerTest.score;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.framework.ExplanationThresholds;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.FrameworkSpec.RuleSpec;
import org.jixiao.framework.ScoringRule;
import org.jixiao.framework.ZeroDenominatorPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 按比率计分 — thresholds, deductions ("−2 per 5 %"), step tables and survey rates, applied to a
 * measured ratio or to an actual written as a percentage; and the zero-denominator policies.
 */
class RuleEvaluatorTest {

  @ParameterizedTest(name = "值{0}{1} ({2}), 实际 {3}, 报告 {4} → {5} {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">  | 0.80 | MANUAL | 80.01% |     | COMPUTED        | 2.00 | 达到标准，得满分",
        ">  | 0.80 | MANUAL | 80%    |     | NOT_SCORED      |      | 80.00% 未达到满分标准，由评价人员酌情评分",
        ">  | 0.80 | MANUAL | 80%    | 1.5 | ACCEPTED_STATED | 1.5  | 采用报告得分 1.5",
        ">  | 0.80 | MANUAL | 80%    | 2.5 | STATED_OUT_OF_RANGE | | 报告得分 2.5 不在允许范围（0 至 2 分）内",
        ">= | 0.80 | ZERO   | 80%    |     | COMPUTED        | 2.00 | 达到标准，得满分",
        ">= | 0.80 | ZERO   | 79.99% |     | COMPUTED        | 0.00 | 79.99% 未达到标准，得 0 分",
        "<  | 0.10 | MANUAL | 9.99%  |     | COMPUTED        | 2.00 | 达到标准",
        "<  | 0.10 | ZERO   | 10%    | 2   | DIFFERS_FROM_STATED | 0.00 | 未达到标准，得 0 分",
        "<= | 1.00 | ZERO   | 100%   |     | COMPUTED        | 2.00 | 100.00% 达到标准",
        "<= | 1.00 | ZERO   | 100.5% |     | COMPUTED        | 0.00 | 100.50% 未达到标准",
      })
  void aThresholdGivesFullMarksWhenMetAndOtherwiseWhatTheFrameworkSays(
      String comparison,
      String threshold,
      String otherwise,
      String actual,
      String stated,
      ItemStatus status,
      String expected,
      String fragment) {
    ItemResult i = score(threshold(comparison, threshold, otherwise), null, actual, "2", stated);

    assertThat(i.status()).isEqualTo(status);
    assertThat(points(i)).isEqualTo(expected);
    assertThat(said(i)).contains(fragment);
  }

  @ParameterizedTest(name = "−{3} per {2} {1} {0}, {4}, floor {5}: {6} → {8}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 预算完成率 (S11/S12): 100% full (5); −2 per 5% below
        "1.00 | BELOW | 0.05 | 2   | FLOOR  |   | 87%     | 5 | 1.00 | 计 2 档，扣 4 分",
        "1.00 | BELOW | 0.05 | 2   | CEIL   |   | 87%     | 5 | 0.00 | 计 3 档，扣 6 分",
        "1.00 | BELOW | 0.05 | 2   | LINEAR |   | 87%     | 5 | 0.00 | 计 2.6 档，扣 5.2 分",
        "1.00 | BELOW | 0.05 | 2   | CEIL   | 1 | 87%     | 5 | 1.00 | 扣 6 分",
        "1.00 | BELOW | 0.05 | 2   | FLOOR  |   | 90%     | 5 | 1.00 | 计 2 档，扣 4 分",
        "1.00 | BELOW | 0.05 | 2   | CEIL   |   | 90%     | 5 | 1.00 | 计 2 档，扣 4 分",
        "1.00 | BELOW | 0.05 | 2   | LINEAR |   | 90%     | 5 | 1.00 | 计 2 档，扣 4 分",
        "1.00 | BELOW | 0.05 | 2   | FLOOR  |   | 96%     | 5 | 5.00 | 计 0 档，扣 0 分",
        "1.00 | BELOW | 0.05 | 2   | CEIL   |   | 96%     | 5 | 3.00 | 计 1 档，扣 2 分",
        "1.00 | BELOW | 0.05 | 2   | LINEAR |   | 96%     | 5 | 3.40 | 计 0.8 档，扣 1.6 分",
        "1.00 | BELOW | 0.05 | 2   | FLOOR  |   | 100%    | 5 | 5.00 | 未偏离标准 100.00%，不扣分",
        "1.00 | BELOW | 0.05 | 2   | CEIL   |   | 105%    | 5 | 5.00 | 不扣分",
        // 在职人员控制率 (S11–S14): −0.5 per percentage point above 100%
        "1.00 | ABOVE | 0.01 | 0.5 | LINEAR |   | 105%    | 5 | 2.50 | 偏离标准 5.00%",
        "1.00 | ABOVE | 0.01 | 0.5 | LINEAR |   | 95.24%  | 5 | 5.00 | 不扣分",
        "1.00 | ABOVE | 0.01 | 0.5 | LINEAR |   | 120%    | 5 | 0.00 | 扣 10 分",
        // “三公经费”变动率 (S11/S13): ≤0 full; −0.8 per point above 0
        "0    | ABOVE | 0.01 | 0.8 | LINEAR |   | 3.5%    | 8 | 5.20 | 扣 2.8 分",
        "0    | ABOVE | 0.01 | 0.8 | LINEAR |   | -18.17% | 8 | 8.00 | 不扣分",
      })
  void aDeductionTakesPointsPerStepBeyondTheStandardAndStopsAtTheFloor(
      String threshold,
      String direction,
      String stepSize,
      String perStep,
      String stepMode,
      String floor,
      String actual,
      String weight,
      String expected,
      String fragment) {
    RuleSpec r =
        rule("DEDUCTION")
            .threshold(threshold)
            .direction(direction)
            .stepSize(stepSize)
            .perStep(perStep)
            .stepMode(stepMode)
            .floor(floor)
            .spec();
    ItemResult i = score(r, null, actual, weight, null);

    assertThat(points(i)).isEqualTo(expected);
    assertThat(said(i)).contains(fragment);
  }

  @Test
  void aDeductionWithoutAStepModeIsLinear() {
    assertThat(points(score(deduction("1.00", "BELOW", "0.05", "2", null), null, "87%", "5", null)))
        .isEqualTo("0.00");
    assertThat(points(score(deduction("1.00", "BELOW", "0.05", "2", null), null, "96%", "5", null)))
        .isEqualTo("3.40");
  }

  /** 预算控制率 (S11, S12): 0 → 5; (0, 10%] → 4; (10, 20%] → 3; (20, 30%] → 2; > 30% → 0. */
  static RuleSpec budgetAdditionSteps() {
    return steps(
        step(null, "0", null, true, "5"),
        step("0", "0.10", false, true, "4"),
        step("0.10", "0.20", false, true, "3"),
        step("0.20", "0.30", false, true, "2"),
        step("0.30", null, false, null, "0"));
  }

  @ParameterizedTest(name = "预算控制率 {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0%     | 5.00",
        "0.01%  | 4.00",
        "10%    | 4.00",
        "10.01% | 3.00",
        "20%    | 3.00",
        "30%    | 2.00",
        "30.01% | 0.00",
      })
  void aStepTableWithClosedUpperEnds(String actual, String expected) {
    ItemResult i = score(budgetAdditionSteps(), null, actual, "5", null);

    assertThat(points(i)).isEqualTo(expected);
    assertThat(said(i)).contains("落在阶梯中，得 " + new BigDecimal(expected).stripTrailingZeros() + " 分");
  }

  @ParameterizedTest(name = "重点支出安排率 {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "90% | 5.00",
        "99.04% | 5.00",
        "89.99% | 4.00",
        "80% | 4.00",
        "60% | 2.00",
        "59.99% | 0.00"
      })
  void aStepTableWithTheDefaultHalfOpenSteps(String actual, String expected) {
    // S14: ≥90% → 5; [80, 90) → 4; [70, 80) → 3; [60, 70) → 2; < 60% → 0
    RuleSpec r =
        steps(
            step("0.90", null, null, null, "5"),
            step("0.80", "0.90", null, null, "4"),
            step("0.70", "0.80", null, null, "3"),
            step("0.60", "0.70", null, null, "2"),
            step(null, "0.60", null, null, "0"));

    assertThat(points(score(r, null, actual, "5", null))).isEqualTo(expected);
  }

  @Test
  void aValueOutsideEveryStepIsLeftToTheEvaluator() {
    ItemResult i = score(steps(step("0.5", null, null, null, "2")), null, "40%", "2", null);

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason()).contains("40.00% 不在阶梯表任何一档中，需人工评分");
  }

  @ParameterizedTest(name = "满意度 {1}, fullAt {0}, 分值 4 → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.90 | 81.25% | 3.25",
        "0.90 | 90%    | 4.00",
        "0.90 | 89.99% | 3.60",
        "     | 95%    | 3.80",
        "     | 100%   | 4.00",
        "     | 101%   | 4.00",
      })
  void aSurveyRateScoresTheWeightTimesTheRateOrFullFromItsBar(
      String fullAt, String actual, String expected) {
    assertThat(points(score(survey(fullAt), null, actual, "4", null))).isEqualTo(expected);
  }

  @Test
  void aValueRuleWithoutARatioNeedsTheEvaluator() {
    ItemResult i = score(threshold(">", "0.8", "ZERO"), null, "40人", "2", null);

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason()).contains("没有可用于计分的比率（体系未设公式，实际值也不是百分比）");
  }

  // ---------------------------------------------------------------- zero denominators

  private static final Measurement NO_THREE_PUBLIC_BUDGET =
      Measurement.zeroDenominator(
          FormulaId.THREE_PUBLIC_CONTROL_RATE,
          Map.of("三公经费实际支出数", "0.00元", "三公经费预算数", "0.00元"),
          "三公经费预算数为 0，比率无意义");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FULL_MARKS          | 1 | 按体系规定（分母为零给满分）得满分",
        "NOT_SCORED          |   | 比率无定义，需人工评分",
        "EXCLUDE_AND_RESCALE |   | 按体系规定剔除该指标并按比例折算",
      })
  void aZeroDenominatorIsScoredAsTheFrameworkSays(
      ZeroDenominatorPolicy policy, String points, String fragment) {
    RuleOutcome o =
        new RuleEvaluator(ExplanationThresholds.DEFAULT)
            .apply(
                new ScoringRule.Threshold("<=", BigDecimal.ONE, ScoringRule.Otherwise.MANUAL),
                new RuleEvaluator.Input(
                    BigDecimal.ONE, null, "0%", NO_THREE_PUBLIC_BUDGET, policy));

    assertThat(o.result()).startsWith("三公经费预算数为 0，比率无意义").contains(fragment);
    assertThat(o.score().points()).isEqualTo(points == null ? null : new BigDecimal(points));
    assertThat(o.excluded()).isEqualTo(policy == ZeroDenominatorPolicy.EXCLUDE_AND_RESCALE);
    assertThat(o.manual()).isEqualTo(policy == ZeroDenominatorPolicy.NOT_SCORED);
    assertThat(o.inputs()).containsEntry("三公经费预算数", "0.00元");
    assertThat(o.value()).isNull();
  }
}
