package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.YearFixture.fivePointOptions;
import static org.jixiao.scoring.YearFixture.line;
import static org.jixiao.scoring.YearFixture.question;
import static org.jixiao.scoring.YearFixture.year;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.Survey;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.FormulaId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 由数据计算比率 — each formula of RULES.md §1 from a year's figures; missing data says what is missing; a
 * zero denominator is undefined, never 0 %.
 */
class MeasurementsTest {

  private static Measurement measure(YearFixture y, FormulaId f) {
    return new Measurements(y.build()).measure(f);
  }

  private static void assertValue(Measurement m, String value, String percent) {
    assertThat(m.problem()).as(m.reason()).isNull();
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(Ratios.percent(m.value())).isEqualTo(percent);
  }

  private static void assertMissing(Measurement m, String fragment) {
    assertThat(m.problem()).isEqualTo(Measurement.Problem.MISSING_DATA);
    assertThat(m.hasValue()).isFalse();
    assertThat(m.reason()).contains(fragment);
  }

  private static void assertZeroDenominator(Measurement m, String reason) {
    assertThat(m.problem()).isEqualTo(Measurement.Problem.ZERO_DENOMINATOR);
    assertThat(m.value()).as("undefined, never 0%").isNull();
    assertThat(m.reason()).isEqualTo(reason);
  }

  @Nested
  class StaffControl {
    @Test
    void servingStaffOverAuthorisedPosts() {
      Measurement m = measure(year().staffing(42, 40), FormulaId.STAFF_CONTROL_RATE);

      assertValue(m, "0.9523809524", "95.24%");
      assertThat(m.inputs()).containsExactly(Map.entry("在职人员数", "40人"), Map.entry("编制数", "42人"));
      assertThat(m.formulaText()).isEqualTo("在职人员控制率 = 在职人员数 / 编制数 × 100%");
    }

    @Test
    void missingStaffingNamesIt() {
      assertMissing(measure(year(), FormulaId.STAFF_CONTROL_RATE), "缺少编制数或实有在职人数（staffing）");
      assertMissing(measure(year().staffing(95, null), FormulaId.STAFF_CONTROL_RATE), "staffing");
    }

    @Test
    void noAuthorisedPostsIsUndefined() {
      assertZeroDenominator(
          measure(year().staffing(0, 3), FormulaId.STAFF_CONTROL_RATE), "编制数为 0，比率无意义");
    }
  }

  @Nested
  class ThreePublic {
    /** 益阳 2024: budget 58, spent 39.76; 2023 actual 48.59 (no 2023 budget printed). */
    private YearFixture yiyang() {
      return year()
          .table(
              TableKind.THREE_PUBLIC,
              "经费控制情况——三公经费",
              line("三公经费")
                  .lastYearActual("48.59")
                  .initial("58")
                  .actual("39.76")
                  .items(
                      line("公务用车购置和维护经费").lastYearActual("29.46").initial("28").actual("22.68"),
                      line("公务接待").lastYearActual("19.13").initial("30").actual("17.08")));
    }

    @Test
    void controlIsSpendingOverBudget() {
      Measurement m = measure(yiyang(), FormulaId.THREE_PUBLIC_CONTROL_RATE);

      assertValue(m, "0.6855172414", "68.55%");
      assertThat(m.inputs()).containsEntry("三公经费实际支出数", "39.76万元").containsEntry("三公经费预算数", "58万元");
    }

    @Test
    void changeIsOnTheBudgetBasisWhenLastYearsBudgetIsPrinted() {
      Measurement m =
          measure(
              year()
                  .table(
                      TableKind.THREE_PUBLIC,
                      "三公经费",
                      line("三公经费").lastYearBudget("50").fullYear("45").actual("39.76")),
              FormulaId.THREE_PUBLIC_CHANGE_RATE);

      assertValue(m, "-0.1", "-10.00%");
      assertThat(m.basis()).isNull();
      assertThat(m.inputs()).containsKeys("本年度三公经费预算数", "上年度三公经费预算数");
    }

    @Test
    void changeFallsBackToActualsAndSaysSo() {
      Measurement m = measure(yiyang(), FormulaId.THREE_PUBLIC_CHANGE_RATE);

      assertValue(m, "-0.1817246347", "-18.17%");
      assertThat(m.basis()).isEqualTo("未提供上年预算数，按决算数计算");
      assertThat(m.formulaText()).endsWith("（未提供上年预算数，按决算数计算）");
      assertThat(m.inputs())
          .containsEntry("本年度三公经费决算数", "39.76万元")
          .containsEntry("上年度三公经费决算数", "48.59万元");
    }

    @Test
    void noBudgetAndNoSpendingIsUndefined() {
      // 雁峰 2023: “(0−0)/0 = 0%” in the report; the rate has no value
      YearFixture y =
          year()
              .amountUnit("元")
              .table(
                  TableKind.THREE_PUBLIC,
                  "“三公经费”预算与支出",
                  line("“三公经费”").initial("0.00").lastYearBudget("0.00").actual("0.00"));

      assertZeroDenominator(measure(y, FormulaId.THREE_PUBLIC_CONTROL_RATE), "三公经费预算数为 0，比率无意义");
      assertZeroDenominator(measure(y, FormulaId.THREE_PUBLIC_CHANGE_RATE), "上年度三公经费预算数为 0，变动率无意义");
    }

    @Test
    void withoutATableBothSayWhatIsMissing() {
      assertMissing(measure(year(), FormulaId.THREE_PUBLIC_CONTROL_RATE), "三公经费表");
      assertMissing(measure(year(), FormulaId.THREE_PUBLIC_CHANGE_RATE), "三公经费表缺少上年度数据");
    }
  }

  @Nested
  class BudgetCompletion {
    @Test
    void fromTheDepartmentSheetsFunds() {
      YearFixture y =
          year()
              .sheet(SheetFixture.department().funds("2123.42", "5260.65", "4624.56", "8.79"))
              .table(TableKind.EXPENDITURE, "支出", line("合计").fullYear("100").actual("50"));
      Measurement m = measure(y, FormulaId.BUDGET_COMPLETION_RATE);

      assertValue(m, "0.8790852841", "87.91%");
      assertThat(m.basis()).isEqualTo("按自评表年度资金总额");
      assertThat(m.inputs()).containsEntry("全年预算数", "5260.65万元");
    }

    @Test
    void fromAnExpenditureTableWhenThereIsNoSheet() {
      YearFixture y =
          year()
              .amountUnit("元")
              .table(
                  TableKind.EXPENDITURE,
                  "部门预算执行",
                  line("合计").initial("91041311.06").fullYear("88862851.06").actual("88044648.36"));
      Measurement m = measure(y, FormulaId.BUDGET_COMPLETION_RATE);

      assertValue(m, "0.9907925225", "99.08%");
      assertThat(m.basis()).isEqualTo("按“部门预算执行”合计");
      assertThat(m.inputs()).containsEntry("预算数", "88862851.06元");
    }

    @Test
    void aProjectSheetIsNotTheDepartmentsBudget() {
      YearFixture y = year().sheet(SheetFixture.project().funds("0", "92", "84.69", "9.20"));

      assertMissing(measure(y, FormulaId.BUDGET_COMPLETION_RATE), "缺少预算数与执行数");
    }

    @Test
    void aYearSplitIntoBasicAndProjectTablesWithoutASummaryIsAmbiguousNotGuessed() {
      YearFixture y =
          year()
              .amountUnit("元")
              .table(
                  TableKind.EXPENDITURE,
                  "基本支出",
                  line("合计").initial("3475445.00").available("3395742.00").actual("3395742.00"))
              .table(
                  TableKind.EXPENDITURE,
                  "项目支出",
                  line("合计").initial("87565866.06").available("85467109.06").actual("84648906.36"));

      assertMissing(measure(y, FormulaId.BUDGET_COMPLETION_RATE), "无法确定部门合计");
      assertValue(
          measure(
              y.table(
                  TableKind.SUMMARY,
                  "部门预算执行总数",
                  line("部门预算").fullYear("88862851.06").actual("88044648.36")),
              FormulaId.BUDGET_COMPLETION_RATE),
          "0.9907925225",
          "99.08%");
    }
  }

  @Nested
  class Adjustment {
    @ParameterizedTest(name = "{0}: adjustment {1} → {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "BUDGET_ADJUSTMENT_RATE | -2178460.00 | 2.39%",
          "BUDGET_ADJUSTMENT_RATE | 2178460.00  | 2.39%",
          "BUDGET_ADDITION_RATE   | -2178460.00 | -2.39%",
          "BUDGET_ADDITION_RATE   | 2178460.00  | 2.39%",
        })
    void adjustmentIsAbsoluteAndAdditionKeepsItsSign(
        FormulaId f, String adjustment, String percent) {
      YearFixture y =
          year()
              .amountUnit("元")
              .table(
                  TableKind.EXPENDITURE,
                  "部门预算",
                  line("合计").initial("91041311.06").adjustment(adjustment));

      assertThat(Ratios.percent(measure(y, f).value())).isEqualTo(percent);
    }

    @Test
    void withoutAnAdjustmentColumnItIsFullYearMinusInitial() {
      YearFixture y =
          year()
              .table(
                  TableKind.EXPENDITURE, "支出", line("合计").initial("1991.73").fullYear("2830.84"));
      Measurement m = measure(y, FormulaId.BUDGET_ADJUSTMENT_RATE);

      assertValue(m, "0.4212970634", "42.13%");
      assertThat(m.inputs()).containsEntry("预算调整数", "839.11万元");
    }

    @Test
    void missingAndZeroInitialBudget() {
      assertMissing(measure(year(), FormulaId.BUDGET_ADJUSTMENT_RATE), "缺少年初预算数与调整数");
      YearFixture zero =
          year().table(TableKind.EXPENDITURE, "支出", line("合计").initial("0").fullYear("207.36"));
      assertZeroDenominator(
          measure(zero, FormulaId.BUDGET_ADDITION_RATE), "年初预算数为 0，比率无意义（按“支出”合计）");
    }
  }

  @Nested
  class CarryOver {
    private YearFixture yanfeng() {
      return year()
          .amountUnit("元")
          .table(
              TableKind.SUMMARY,
              "部门预算执行总数",
              line("部门预算")
                  .fullYear("88862851.06")
                  .actual("88044648.36")
                  .opening("861366.81")
                  .closing("818202.70"));
    }

    @Test
    void rateIsTheClosingBalanceOverTheBudget() {
      Measurement m = measure(yanfeng(), FormulaId.CARRY_OVER_RATE);

      assertValue(m, "0.009207477481", "0.92%");
      assertThat(m.inputs()).containsEntry("结转结余总额", "818202.70元");
    }

    @Test
    void changeIsAgainstLastYearsBalance() {
      Measurement m = measure(yanfeng(), FormulaId.CARRY_OVER_CHANGE_RATE);

      assertValue(m, "-0.05011118318", "-5.01%");
      assertThat(m.basis()).isEqualTo("按“部门预算执行总数”合计");
    }

    @Test
    void noBalanceLastYearIsUndefined() {
      YearFixture y =
          year().table(TableKind.EXPENDITURE, "支出", line("合计").opening("0").closing("12.5"));

      assertZeroDenominator(measure(y, FormulaId.CARRY_OVER_CHANGE_RATE), "上年度累计结转结余为 0，变动率无意义");
      assertMissing(measure(year(), FormulaId.CARRY_OVER_RATE), "缺少结转结余与支出预算数");
      assertMissing(measure(year(), FormulaId.CARRY_OVER_CHANGE_RATE), "缺少年初与年末结转结余");
    }
  }

  @Nested
  class Controls {
    @Test
    void publicFundsFromThePublicFundsTable() {
      YearFixture y =
          year()
              .table(
                  TableKind.PUBLIC_FUNDS,
                  "经费控制情况——公用经费",
                  line("公用经费").lastYearActual("957.89").initial("448.11").actual("1026.38"));

      assertValue(measure(y, FormulaId.PUBLIC_FUNDS_CONTROL_RATE), "2.290464395", "229.05%");
    }

    @Test
    void publicFundsFromAnExpenditureLineWhenThereIsNoTable() {
      YearFixture y =
          year()
              .table(
                  TableKind.EXPENDITURE,
                  "基本支出",
                  line("基本支出")
                      .fullYear("3395742")
                      .actual("3395742")
                      .items(line("公用经费小计").fullYear("242000.00").actual("242000.00")));

      assertValue(measure(y, FormulaId.PUBLIC_FUNDS_CONTROL_RATE), "1", "100.00%");
      assertMissing(measure(year(), FormulaId.PUBLIC_FUNDS_CONTROL_RATE), "缺少公用经费预算数与实际支出数");
    }

    @Test
    void procurementNeedsABudget() {
      // 益阳 2024 prints only the actual procurement (26.57) and last year's
      YearFixture printedOnlyActual =
          year()
              .table(
                  TableKind.PROCUREMENT,
                  "政府采购金额",
                  line("政府采购金额").lastYearActual("330.8").actual("26.57"));
      YearFixture withBudget =
          year().table(TableKind.PROCUREMENT, "政府采购", line("政府采购金额").initial("30").actual("26.57"));

      assertMissing(measure(printedOnlyActual, FormulaId.PROCUREMENT_EXECUTION_RATE), "政府采购表");
      assertValue(
          measure(withBudget, FormulaId.PROCUREMENT_EXECUTION_RATE), "0.8856666667", "88.57%");
    }

    @Test
    void fixedAssetsInUseOverAllFixedAssets() {
      YearFixture y =
          year()
              .table(
                  TableKind.FIXED_ASSETS,
                  "固定资产",
                  line("合计")
                      .consolidated()
                      .actual("500")
                      .items(line("在用固定资产").actual("450"), line("出租固定资产").actual("50")));

      assertValue(measure(y, FormulaId.FIXED_ASSET_UTILISATION_RATE), "0.9", "90.00%");
    }

    @Test
    void fixedAssetsWithoutTheInUseLineAreMissing() {
      YearFixture y =
          year().table(TableKind.FIXED_ASSETS, "固定资产", line("合计").consolidated().actual("500"));

      assertMissing(measure(y, FormulaId.FIXED_ASSET_UTILISATION_RATE), "固定资产");
      assertMissing(measure(year(), FormulaId.FIXED_ASSET_UTILISATION_RATE), "固定资产表");
    }

    @Test
    void keyExpenditureIsTheKeyLinesShareOfTheTotal() {
      YearFixture y =
          year()
              .amountUnit("元")
              .table(
                  TableKind.PROJECT_SPENDING,
                  "重点支出安排",
                  line("项目支出预算合计").fullYear("85467109.06"),
                  line("重点项目预算安排").fullYear("84648906.36"));

      assertValue(measure(y, FormulaId.KEY_EXPENDITURE_RATE), "0.9904266950", "99.04%");
      assertMissing(measure(year(), FormulaId.KEY_EXPENDITURE_RATE), "重点支出");
    }

    @Test
    void paymentProgressIsNeverInTheYearsFigures() {
      assertMissing(measure(year(), FormulaId.PAYMENT_PROGRESS_RATE), "既定支付进度");
    }
  }

  @Nested
  class Buildings {
    @Test
    void noBuildingProjectHasNoRate() {
      assertZeroDenominator(
          measure(year(), FormulaId.BUILDING_AREA_CONTROL_RATE), "批准建设面积为 0，比率无意义（本年无完工楼堂馆所项目）");
      assertZeroDenominator(
          measure(year(), FormulaId.BUILDING_INVESTMENT_CONTROL_RATE),
          "预算投资为 0，比率无意义（本年无完工楼堂馆所项目）");
    }

    @Test
    void aBuildingRowOfZerosHasNoRateEither() {
      // 岳阳楼区 2023 prints 0 in every column
      YearFixture y = year().building(null, "0", "0", "0", "0");

      assertZeroDenominator(measure(y, FormulaId.BUILDING_AREA_CONTROL_RATE), "批准建设面积为 0，比率无意义");
    }

    @Test
    void areaAndInvestmentAreSummedOverTheProjects() {
      YearFixture y =
          year()
              .building("业务用房", "1000", "1050", "800", "780")
              .building("档案库", "200", "200", "100", "100");

      assertValue(measure(y, FormulaId.BUILDING_AREA_CONTROL_RATE), "1.041666667", "104.17%");
      assertValue(measure(y, FormulaId.BUILDING_INVESTMENT_CONTROL_RATE), "0.9777777778", "97.78%");
    }
  }

  @Nested
  class Satisfaction {
    /** 雁峰 2023 服务满意度: 20 answers, 4 不了解 → 16 valid, 39 points of 48. */
    static Survey yanfeng() {
      return YearFixture.survey(
          fivePointOptions(),
          question("服务态度", "非常好", 2, "比较好", 2, "不了解", 1),
          question("办事效率", "非常好", 2, "比较好", 4, "一般", 1, "不了解", 2),
          question("办事流程", "非常好", 4, "比较好", 1, "不了解", 1));
    }

    @Test
    void excludedAnswersLeaveTheDenominator() {
      Measurement m = measure(year().survey(yanfeng()), FormulaId.SURVEY_SATISFACTION_RATE);

      assertValue(m, "0.8125", "81.25%");
      assertThat(m.inputs())
          .containsExactly(
              Map.entry("得分合计", "39"), Map.entry("有效回答数", "16"), Map.entry("最高分值", "3"));
    }

    @Test
    void aNegativeOptionCountsAgainst() {
      Survey s = YearFixture.survey(fivePointOptions(), question("服务态度", "非常好", 3, "非常差", 1));

      // (3 × 3 − 1) / (4 × 3) = 8 / 12
      assertValue(
          measure(year().survey(s), FormulaId.SURVEY_SATISFACTION_RATE), "0.6666666667", "66.67%");
    }

    @Test
    void onlyExcludedAnswersIsUndefined() {
      Survey s = YearFixture.survey(fivePointOptions(), question("服务态度", "不了解", 5));

      assertZeroDenominator(
          measure(year().survey(s), FormulaId.SURVEY_SATISFACTION_RATE), "没有有效回答");
    }

    @Test
    void missingSurveyOrUnknownOptionSaysSo() {
      Survey unknown = YearFixture.survey(fivePointOptions(), question("服务态度", "满意", 5));

      assertMissing(measure(year(), FormulaId.SURVEY_SATISFACTION_RATE), "没有满意度调查数据");
      assertMissing(
          measure(year().survey(unknown), FormulaId.SURVEY_SATISFACTION_RATE),
          "题目“服务态度”的选项“满意”不在选项表中");
      assertMissing(
          measure(
              year().survey(YearFixture.survey(fivePointOptions())),
              FormulaId.SURVEY_SATISFACTION_RATE),
          "调查缺少选项分值或各题人数");
    }

    @Test
    void anOptionWithoutPointsIsMissingDataNotACrash() {
      Survey s =
          YearFixture.survey(
              List.of(
                  new Survey.Option("满意", new BigDecimal("1"), null),
                  new Survey.Option("基本满意", null, null)),
              question("服务态度", "满意", 3, "基本满意", 1));

      assertMissing(measure(year().survey(s), FormulaId.SURVEY_SATISFACTION_RATE), "基本满意");
    }
  }
}
