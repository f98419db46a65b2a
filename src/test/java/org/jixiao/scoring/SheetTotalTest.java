package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.SheetScorerTest.item;
import static org.jixiao.scoring.SheetScorerTest.subtotal;
import static org.jixiao.scoring.YearFixture.line;

import org.jixiao.budget.TableKind;
import org.jixiao.framework.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 总分与分母为零 — no 三公 budget and no 三公 spending: full marks, left to the evaluator, or excluded with
 * the rest rescaled to 100, as the framework says (RULES.md §1.5).
 */
class SheetTotalTest {

  /** The same figures as {@link SubtotalsTest#figures()}, but 三公 budget 0 and spending 0. */
  private static YearFixture noThreePublic() {
    return YearFixture.year()
        .amountUnit("元")
        .staffing(42, 40)
        .table(TableKind.THREE_PUBLIC, "“三公经费”预算与支出", line("“三公经费”").initial("0.00").actual("0.00"))
        .table(
            TableKind.FIXED_ASSETS,
            "固定资产",
            line("合计").consolidated().actual("500").items(line("在用固定资产").actual("450")))
        .survey(MeasurementsTest.Satisfaction.yanfeng());
  }

  @ParameterizedTest(name = "{0}, 报告 {1} → {2}, total {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FULL_MARKS          | 5 | MATCHES_STATED  | 90.25 | 优",
        "NOT_SCORED          | 5 | ACCEPTED_STATED | 90.25 | 优",
        "NOT_SCORED          |   | NOT_SCORED      |       | ",
        "EXCLUDE_AND_RESCALE | 5 | EXCLUDED        | 89.74 | 良",
      })
  void aZeroDenominatorIsScoredAsTheFrameworkSays(
      String policy, String stated, ItemStatus status, String total, String grade) {
    Framework f = SubtotalsTest.tree(policy).build();
    SheetResult r = SubtotalsTest.score(noThreePublic(), SubtotalsTest.report(stated), f);

    ItemResult threePublic = item(r, "三公经费控制率");
    assertThat(threePublic.status()).isEqualTo(status);
    assertThat(threePublic.explanation().inputs()).containsEntry("三公经费预算数", "0.00元");
    if (total == null) {
      assertThat(r.total().reason()).startsWith("1 项未评分（三公经费控制率）");
    } else {
      assertThat(r.total().points()).isEqualByComparingTo(total);
    }
    assertThat(r.grade()).isEqualTo(grade);
  }

  @Test
  void excludingAnIndicatorRescalesTheRestToTheFullPoints() {
    SheetResult r =
        SubtotalsTest.score(
            noThreePublic(),
            SubtotalsTest.report(),
            SubtotalsTest.tree("EXCLUDE_AND_RESCALE").build());

    // (90.25 − 5) × 100 / 95 = 89.7368… → 89.74
    assertThat(r.total().points().toPlainString()).isEqualTo("89.74");
    assertThat(r.notes()).containsExactly("剔除 5 分的指标后按 100/95 折算");
    assertThat(item(r, "三公经费控制率").score().reason()).isEqualTo("三公经费预算数为 0，比率无意义；按体系规定剔除该指标并按比例折算");
    SubtotalResult allocation = subtotal(r, 2, "预算配置");
    assertThat(allocation.score().points()).isEqualByComparingTo("9");
    assertThat(allocation.itemWeights()).isEqualByComparingTo("10");
  }

  @Test
  void theIndicatorsOwnPolicyOverridesTheFrameworks() {
    Framework f = SubtotalsTest.tree("FULL_MARKS").zeroDenominator("EXCLUDE_AND_RESCALE").build();
    SheetResult r = SubtotalsTest.score(noThreePublic(), SubtotalsTest.report(), f);

    assertThat(item(r, "三公经费控制率").score().points()).isEqualByComparingTo("5");
    assertThat(item(r, "三公经费控制率").explanation().result()).contains("分母为零给满分");
    assertThat(r.total().points()).isEqualByComparingTo("90.25");
    assertThat(r.notes()).isEmpty();
  }
}
