package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.framework.FrameworkFixture.cap;

import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.Framework;
import org.jixiao.framework.FrameworkFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 预算执行得分 — 10 × 全年执行数 / 全年预算数, rounded to 2 dp, beside the printed 得分 (RULES.md §2.2). */
class BudgetExecutionScorerTest {

  private static final Framework SELF = FrameworkFixture.selfEvaluation().build();

  private static ItemResult score(
      Framework f, String initial, String fullYear, String actual, String stated) {
    ScoreSheet sheet = SheetFixture.department().funds(initial, fullYear, actual, stated).build();
    return BudgetExecutionScorer.score(sheet, f, "万元");
  }

  @ParameterizedTest(name = "{1} / {0} → {4}（报告 {2}）")
  @CsvSource(
      delimiter = '|',
      value = {
        // 益阳 2024 (seed 000), 湘西 2022 (seed 001), 岳阳楼区 2023 (seed 004, dept and 3-5)
        "5260.65 | 4624.56 | 8.79 | 87.91%  | 8.79  | MATCHES_STATED",
        "9853.12 | 8675.33 | 8.8  | 88.05%  | 8.80  | MATCHES_STATED",
        "92      | 84.69   | 9.20 | 92.05%  | 9.21  | DIFFERS_FROM_STATED",
        "1034.36 | 1034.36 | 10   | 100.00% | 10.00 | MATCHES_STATED",
        "100     | 110     |      | 110.00% | 10.00 | COMPUTED",
      })
  void theScoreIsTenTimesTheExecutionRate(
      String fullYear,
      String actual,
      String stated,
      String rate,
      String expected,
      ItemStatus status) {
    ItemResult i = score(SELF, null, fullYear, actual, stated);

    assertThat(i.name()).isEqualTo("预算执行率");
    assertThat(i.weight()).isEqualByComparingTo("10");
    assertThat(i.actual()).isEqualTo(rate);
    assertThat(i.score().points().toPlainString()).isEqualTo(expected);
    assertThat(i.status()).isEqualTo(status);
    assertThat(i.explanation().result()).isEqualTo("执行率 " + rate + "，得分 " + expected);
  }

  @Test
  void theExplanationShowsTheFiguresUsed() {
    ItemResult i = score(SELF, "2123.42", "5260.65", "4624.56", "8.79");

    assertThat(i.explanation().formula()).isEqualTo("预算执行率 = 全年执行数 / 全年预算数 × 100%");
    assertThat(i.explanation().inputs())
        .containsExactly(
            java.util.Map.entry("年初预算数", "2123.42万元"),
            java.util.Map.entry("全年预算数", "5260.65万元"),
            java.util.Map.entry("全年执行数", "4624.56万元"));
    assertThat(i.explanation().rule()).isEqualTo("预算执行得分 = 执行率 × 10 分（执行率按不超过 100% 计）");
  }

  @Test
  void executionBelowNinetyPercentAsksForAnExplanation() {
    assertThat(score(SELF, null, "5260.65", "4624.56", null).notes())
        .containsExactly("执行率 87.91% 低于 90.00%，应说明原因");
    assertThat(score(SELF, null, "92", "84.69", null).notes()).isEmpty();
  }

  @Test
  void spendingMoreThanTheBudgetIsCreditedAtOneHundredPercent() {
    assertThat(score(SELF, null, "100", "110", null).notes())
        .containsExactly("执行数超过全年预算数，执行率按 100.00% 计分");
  }

  @ParameterizedTest(name = "{1} / {0} with cap <60% → ≤3: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100 | 50 | 3.00 | true",
        "100 | 59.99 | 3.00 | true",
        "100 | 60 | 6.00 | false",
        "100 | 70 | 7.00 | false"
      })
  void aLowRateCapsTheScore(String fullYear, String actual, String expected, boolean capped) {
    Framework f = FrameworkFixture.selfEvaluation().budget("10", "1", cap("0.60", "3")).build();
    ItemResult i = score(f, null, fullYear, actual, null);

    assertThat(i.score().points().toPlainString()).isEqualTo(expected);
    assertThat(i.notes().contains("执行率低于 60.00%，得分封顶 3 分")).isEqualTo(capped);
    assertThat(i.explanation().rule()).endsWith("；执行率低于 60% 时最高 3 分");
  }

  @Test
  void aZeroBudgetLeavesTheRateUndefined() {
    ItemResult i = score(SELF, "0", "0", "0", "10");

    assertThat(i.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(i.score().reason()).isEqualTo("全年预算数为 0，执行率无定义");
    assertThat(i.statedScore()).isEqualByComparingTo("10");
  }

  @Test
  void withoutTheFullYearBudgetOrTheActualThereIsNoScore() {
    // only 年初预算数: the rule is the full-year (adjusted) budget, never the year-start one
    ItemResult onlyInitial = score(SELF, "2123.42", null, "4624.56", "8.79");
    ItemResult noFunds = BudgetExecutionScorer.score(SheetFixture.department().build(), SELF, "万元");

    assertThat(onlyInitial.status()).isEqualTo(ItemStatus.NOT_SCORED);
    assertThat(onlyInitial.score().reason()).isEqualTo("评分表缺少年度资金总额的全年预算数或全年执行数");
    assertThat(noFunds.status()).isEqualTo(ItemStatus.NOT_SCORED);
  }

  @Test
  void theBudgetScoreIsRoundedUnderTheFrameworksPolicy() {
    Framework oneDecimal = FrameworkFixture.selfEvaluation().rounding(1, 1, "HALF_UP").build();

    assertThat(
            score(oneDecimal, null, "5260.65", "4624.56", "8.8").score().points().toPlainString())
        .isEqualTo("8.8");
  }
}
