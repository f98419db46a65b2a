package org.jixiao.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.framework.FrameworkFixture.band;
import static org.jixiao.framework.FrameworkFixture.byTarget;
import static org.jixiao.framework.FrameworkFixture.checklist;
import static org.jixiao.framework.FrameworkFixture.deduction;
import static org.jixiao.framework.FrameworkFixture.framework;
import static org.jixiao.framework.FrameworkFixture.grade;
import static org.jixiao.framework.FrameworkFixture.manual;
import static org.jixiao.framework.FrameworkFixture.node;
import static org.jixiao.framework.FrameworkFixture.qualitativeBands;
import static org.jixiao.framework.FrameworkFixture.rule;
import static org.jixiao.framework.FrameworkFixture.step;
import static org.jixiao.framework.FrameworkFixture.steps;
import static org.jixiao.framework.FrameworkFixture.threshold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.framework.FrameworkFixture.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 指标体系校验 — every problem a framework file can have is reported with its path, in Chinese. */
class FrameworkBuilderTest {

  /** 投入 20（目标设定 5 + 预算配置 15）、产出 80: valid as written. */
  private static Spec heshanLike() {
    return framework("dept-test")
        .name("部门整体支出绩效评价共性指标（测试）")
        .indicators(
            node("投入", "20")
                .children(
                    node("目标设定", "5")
                        .children(
                            node("绩效目标合理性", "2").rule(checklist()),
                            node("绩效指标明确性", "3").rule(checklist())),
                    node("预算配置", "15")
                        .children(
                            node("在职人员控制率", "15")
                                .formula("STAFF_CONTROL_RATE")
                                .rule(deduction("1.00", "ABOVE", "0.01", "0.5", "LINEAR")))),
            node("产出", "80").children(node("实际完成率", "80").rule(manual())));
  }

  @Test
  void aValidFrameworkIsBuiltWithItsDefaults() {
    FrameworkBuilder.Result r = FrameworkBuilder.build(heshanLike().spec());

    assertThat(r.problems()).isEmpty();
    assertThat(r.ok()).isTrue();
    Framework f = r.framework();
    assertThat(f.totalPoints()).isEqualByComparingTo("100");
    assertThat(f.leaves())
        .extracting(IndicatorNode::name)
        .containsExactly("绩效目标合理性", "绩效指标明确性", "在职人员控制率", "实际完成率");
    assertThat(f.rounding()).isEqualTo(RoundingPolicy.TWO_DECIMALS_HALF_UP);
    assertThat(f.grades()).isEqualTo(GradeTable.EXCELLENT_GOOD_FAIR_POOR);
    assertThat(f.zeroDenominator()).isEqualTo(ZeroDenominatorPolicy.NOT_SCORED);
    assertThat(f.explanations()).isEqualTo(ExplanationThresholds.DEFAULT);
    ScoringRule staff = f.leaf(null, "在职人员控制率").orElseThrow().rule();
    assertThat(staff.describe()).isEqualTo("以 100% 为标准，每高出 1% 扣 0.5 分（按比例扣），最低 0 分");
  }

  @Test
  void anInvalidFrameworkIsNotBuilt() {
    FrameworkBuilder.Result r = FrameworkBuilder.build(heshanLike().name(null).spec());

    assertThat(r.ok()).isFalse();
    assertThat(r.framework()).isNull();
  }

  @Test
  void idAndNameAreRequired() {
    assertThat(heshanLike().id(" ").name(null).problems()).containsExactly("id：不能为空", "name：不能为空");
  }

  @Test
  void aFrameworkNeedsIndicators() {
    assertThat(framework("empty").problems()).contains("indicators：至少需要一个一级指标");
  }

  @Test
  void levelOneWeightsMustAddUpToTheTotal() {
    Spec spec =
        framework("x")
            .indicators(
                node("投入", "20").children(node("a", "20").rule(manual())),
                node("产出", "70").children(node("b", "70").rule(manual())));

    assertThat(spec.problems()).containsExactly("indicators：一级指标分值之和为 90，与总分 100 不符");
  }

  @Test
  void theBudgetExecutionPointsCountTowardsTheTotal() {
    Spec spec =
        framework("x")
            .budget("10", null)
            .indicators(node("产出", "80").children(node("b", "80").rule(manual())));

    assertThat(spec.problems()).containsExactly("indicators：一级指标分值与预算执行分值之和为 90，与总分 100 不符");
    assertThat(spec.totalPoints("90").problems()).isEmpty();
  }

  @Test
  void levelTwoWeightsMustAddUpToTheirHeading() {
    Spec spec =
        framework("x")
            .indicators(
                node("投入", "100")
                    .children(
                        node("目标设定", "40").children(node("a", "40").rule(manual())),
                        node("预算配置", "50").children(node("b", "50").rule(manual()))));

    assertThat(spec.problems()).containsExactly("indicators[0]（投入）：下级指标分值之和 90 与本级分值 100 不符");
  }

  @Test
  void levelThreeWeightsMustAddUpToTheirHeading() {
    Spec spec =
        framework("x")
            .indicators(
                node("投入", "100")
                    .children(
                        node("预算配置", "100")
                            .children(
                                node("在职人员控制率", "50").rule(manual()),
                                node("“三公经费”变动率", "45").rule(manual()))));

    assertThat(spec.problems())
        .containsExactly("indicators[0].children[0]（预算配置）：下级指标分值之和 95 与本级分值 100 不符");
  }

  @Test
  void everyWeightIsRequiredAndNotNegativeUnlessTakenFromTheSheet() {
    Spec spec =
        framework("x")
            .indicators(
                node("投入", "100")
                    .children(node("a", null).rule(manual()), node("b", "-1").rule(manual())));

    assertThat(spec.problems())
        .contains(
            "indicators[0].children[0]（a）：缺少分值 weight", "indicators[0].children[1]（b）：分值不能为负数");
  }

  @Test
  void aSelfEvaluationFrameworkTakesItsWeightsFromTheSheet() {
    assertThat(FrameworkFixture.selfEvaluation().problems()).isEmpty();
    Framework f = FrameworkFixture.selfEvaluation().build();
    assertThat(f.weightsFromSheet()).isTrue();
    // headings without children are leaves scored by the default rule
    assertThat(f.heading("产出").orElseThrow().rule()).isInstanceOf(ScoringRule.ByTarget.class);
  }

  @Test
  void aSelfEvaluationFrameworkWithWeightedHeadingsStillChecksTheirSum() {
    assertThat(FrameworkFixture.projectSelfEvaluation().problems()).isEmpty();
    Spec wrong =
        FrameworkFixture.projectSelfEvaluation()
            .indicators(node("产出指标", "50"), node("效益指标", "30"), node("满意度指标", "20"));

    assertThat(wrong.problems()).containsExactly("indicators：一级指标分值与预算执行分值之和为 110，与总分 100 不符");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "formula   | indicators[0].children[0].formula：未知的值“MAGIC_RATE”",
        "rule      | indicators[0].children[0].rule.type：未知的值“GUESS”",
        "noType    | indicators[0].children[0].rule.type：缺少规则类型",
        "stepMode  | indicators[0].children[0].rule.stepMode：未知的值“ROUND”",
        "direction | indicators[0].children[0].rule.direction：未知的值“UP”",
        "otherwise | indicators[0].children[0].rule.otherwise：未知的值“HALF”",
        "scope     | scope：未知的值“CITY”",
        "zero      | zeroDenominator：未知的值“ZERO”",
        "leafZero  | indicators[0].children[0].zeroDenominator：未知的值“SKIP”",
        "rounding  | rounding.mode：未知的值“BANKERS”",
      })
  void unknownNamesAreReportedWithTheirPathAndTheChoices(String what, String expected) {
    FrameworkFixture.Node leaf = node("在职人员控制率", "100").rule(manual());
    Spec spec = framework("x");
    switch (what) {
      case "formula" -> leaf.formula("MAGIC_RATE");
      case "rule" -> leaf.rule(rule("GUESS").spec());
      case "noType" -> leaf.rule(rule(null).spec());
      case "stepMode" -> leaf.rule(deduction("1.00", "ABOVE", "0.01", "0.5", "ROUND"));
      case "direction" -> leaf.rule(deduction("1.00", "UP", "0.01", "0.5", "LINEAR"));
      case "otherwise" -> leaf.rule(threshold(">", "0.8", "HALF"));
      case "scope" -> spec.scope("CITY");
      case "zero" -> spec.zeroDenominator("ZERO");
      case "leafZero" -> leaf.zeroDenominator("SKIP");
      case "rounding" -> spec.rounding(2, 2, "BANKERS");
      default -> throw new IllegalArgumentException(what);
    }
    List<String> problems = spec.indicators(node("投入", "100").children(leaf)).problems();

    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  @Test
  void anUnknownEnumValueListsWhatIsAllowed() {
    List<String> problems =
        framework("x")
            .indicators(
                node("投入", "100")
                    .children(
                        node("a", "100").rule(deduction("1.00", "ABOVE", "0.01", "0.5", "ROUND"))))
            .problems();

    assertThat(problems)
        .containsExactly(
            "indicators[0].children[0].rule.stepMode：未知的值“ROUND”，可选 [FLOOR, CEIL, LINEAR]");
  }

  @Test
  void aDeductionWithoutADirectionIsReportedTwiceOverItsPath() {
    List<String> problems =
        framework("x")
            .indicators(
                node("投入", "100")
                    .children(
                        node("a", "100").rule(deduction("1.00", "UP", "0.01", "0.5", "LINEAR"))))
            .problems();

    assertThat(problems)
        .contains("indicators[0].children[0].rule：扣分规则需要 threshold、direction、stepSize、perStep");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "zero step size       | indicators[0].rule：扣分步长 stepSize 必须大于 0",
        "empty step table     | indicators[0].rule：阶梯表至少需要一档",
        "inverted step        | indicators[0].rule：阶梯区间下限 0.9 大于上限 0.8",
        "threshold sign ≥     | indicators[0].rule：达标规则的 comparison 只能是 > >= < <=，而不是 ≥",
        "threshold no value   | indicators[0].rule：达标规则需要 comparison 和 threshold",
      })
  void ruleParametersAreValidated(String what, String expected) {
    var r =
        switch (what) {
          case "zero step size" -> deduction("1.00", "BELOW", "0", "2", "FLOOR");
          case "empty step table" -> steps();
          case "inverted step" -> steps(step("0.9", "0.8", null, null, "4"));
          case "threshold sign ≥" -> threshold("≥", "0.9", "MANUAL");
          default -> threshold(">", null, "MANUAL");
        };

    assertThat(framework("x").indicators(node("重点支出安排率", "100").rule(r)).problems())
        .contains(expected);
  }

  @Test
  void indicatorCodesMustBeUnique() {
    Spec spec =
        framework("x")
            .indicators(
                node("投入", "50").code("A").children(node("a", "50").code("A1").rule(manual())),
                node("过程", "50").code("B").children(node("b", "50").code("A1").rule(manual())));

    assertThat(spec.problems()).containsExactly("indicators[1].children[0].code：指标编码“A1”重复");
  }

  @Test
  void aLeafNeedsARuleUnlessThereIsADefaultRule() {
    Spec spec = framework("x").indicators(node("产出", "100").children(node("实际完成率", "100")));

    assertThat(spec.problems())
        .containsExactly("indicators[0].children[0]（实际完成率）：末级指标缺少评分规则 rule，且没有 defaultRule");

    Framework f = spec.defaultRule(byTarget()).build();
    assertThat(f.leaf(null, "实际完成率").orElseThrow().rule()).isInstanceOf(ScoringRule.ByTarget.class);
  }

  @Test
  void aHeadingMustNotHaveARule() {
    Spec spec =
        framework("x")
            .indicators(node("产出", "100").rule(manual()).children(node("a", "100").rule(manual())));

    assertThat(spec.problems()).containsExactly("indicators[0]（产出）：有下级指标的节点不应有评分规则");
  }

  @Test
  void theBudgetExecutionPointsMustBePositive() {
    Spec spec =
        framework("x")
            .budget("0", null)
            .indicators(node("产出", "100").children(node("a", "100").rule(manual())));

    assertThat(spec.problems()).contains("budgetExecution：预算执行分值 points 必须大于 0");
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "优良中差-90-80-60     | 90    | 优",
        "优良中差-90-80-60     | 89.99 | 良",
        "优良中差-90-80-60     | 75    | 中",
        "优良合格不合格-90-75-60 | 89    | 良",
        "优良合格不合格-90-75-60 | 75    | 良",
        "优良合格不合格-90-75-60 | 74.99 | 合格",
        "优良合格不合格-90-75-60 | 59    | 不合格",
      })
  void gradePresetsAreChosenById(String preset, String total, String grade) {
    Framework f = heshanLike().grades(preset, null).build();

    assertThat(f.grades().id()).isEqualTo(preset);
    assertThat(f.grades().gradeOf(new BigDecimal(total))).isEqualTo(grade);
  }

  @Test
  void anUnknownGradePresetIsReportedWithTheChoices() {
    assertThat(heshanLike().grades("ABCD", null).problems())
        .containsExactly("grades.preset：未知的等级表“ABCD”，可选 优良中差-90-80-60、优良合格不合格-90-75-60");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"90.01 | 优", "90 | 良", "80 | 良", "79.99 | 中", "60 | 中", "59.99 | 差", "0 | 差"})
  void customGradeBandsMayExcludeTheirLowerBound(String total, String grade) {
    // MOF platform script S9 · 54723790299: 优 is strictly above 90.
    Framework f =
        heshanLike()
            .grades(
                null,
                List.of(
                    grade("优", "90", false),
                    grade("良", "80", null),
                    grade("中", "60", true),
                    grade("差", "0", null)))
            .build();

    assertThat(f.grades().gradeOf(new BigDecimal(total))).isEqualTo(grade);
  }

  @Test
  void customGradeBandsCannotBeEmpty() {
    assertThat(heshanLike().grades(null, List.of()).problems()).containsExactly("grades：等级表不能为空");
  }

  @ParameterizedTest(name = "{0}, {1} dp: 0.125 → {2}; total 88.885 at {3} dp → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "HALF_UP   | 2 | 0.13 | 2 | 88.89",
        "half_even | 2 | 0.12 | 2 | 88.88",
        "DOWN      | 2 | 0.12 | 0 | 88",
        "UP        | 1 | 0.2  | 1 | 88.9",
        "HALF_UP   | 1 | 0.1  | 0 | 89",
      })
  void roundingModesAndScalesAreTakenFromTheFile(
      String mode, int indicatorScale, String score, int totalScale, String total) {
    RoundingPolicy p = heshanLike().rounding(indicatorScale, totalScale, mode).build().rounding();

    assertThat(p.mode()).isEqualTo(RoundingMode.valueOf(mode.toUpperCase()));
    assertThat(p.score(new BigDecimal("0.125")).toPlainString()).isEqualTo(score);
    assertThat(p.total(new BigDecimal("88.885")).toPlainString()).isEqualTo(total);
  }

  @Test
  void roundingWithoutAModeIsHalfUpAtTwoDecimals() {
    RoundingPolicy p = heshanLike().rounding(null, null, null).build().rounding();

    assertThat(p).isEqualTo(RoundingPolicy.TWO_DECIMALS_HALF_UP);
  }

  @Test
  void aCustomTopBandEndingAtTheFullWeightAdmitsFullMarks() {
    Framework f =
        framework("x")
            .totalPoints("10")
            .indicators(
                node("效益", "10")
                    .children(
                        node("社会效益", "10")
                            .rule(
                                qualitativeBands(
                                    band("达成年度指标", "0.8", "1", null, null),
                                    band("部分达成年度指标并具有一定效果", "0.6", "0.8", null, null),
                                    band("未达成年度指标且效果较差", "0", "0.6", null, null)))))
            .build();
    var rule = (ScoringRule.QualitativeBands) f.leaf(null, "社会效益").orElseThrow().rule();

    assertThat(rule.bands().get(0).admits(new BigDecimal("10"), new BigDecimal("10"))).isTrue();
  }

  @Test
  void customQualitativeBandsAreReadWithTheirEnds() {
    Framework f =
        framework("x")
            .totalPoints("10")
            .indicators(
                node("效益", "10")
                    .children(
                        node("社会效益", "10")
                            .rule(
                                qualitativeBands(
                                    band("好", "0.9", "1", null, true),
                                    band("一般", "0.5", "0.9", false, null)))))
            .build();
    var rule = (ScoringRule.QualitativeBands) f.leaf(null, "社会效益").orElseThrow().rule();

    assertThat(rule.bands()).extracting(QualitativeBand::label).containsExactly("好", "一般");
    assertThat(rule.bands().get(0).admits(new BigDecimal("10"), new BigDecimal("10"))).isTrue();
    assertThat(rule.bands().get(0).admits(new BigDecimal("9"), new BigDecimal("10"))).isTrue();
    assertThat(rule.bands().get(1).admits(new BigDecimal("5"), new BigDecimal("10"))).isFalse();
    assertThat(rule.bands().get(1).admits(new BigDecimal("9"), new BigDecimal("10"))).isFalse();
  }

  @Test
  void explanationThresholdsAndTheZeroDenominatorPolicyAreRead() {
    Framework f =
        heshanLike().explanations("0.85", null).zeroDenominator("exclude_and_rescale").build();

    assertThat(f.explanations().executionBelow()).isEqualByComparingTo("0.85");
    assertThat(f.explanations().overAchievementAt()).isEqualByComparingTo("1.30");
    assertThat(f.zeroDenominator()).isEqualTo(ZeroDenominatorPolicy.EXCLUDE_AND_RESCALE);
  }
}
