package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.quantity.Assessment.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every target / actual pair of the seeds' indicator tables, judged. Rows read {@code target |
 * actual | outcome | ratio}; an empty ratio means none (qualitative, not comparable, a date, a zero
 * target). {@code \\n} stands for a line break in the cell.
 */
class TargetAssessmentTest {

  private static final TargetAssessment ASSESSMENT = new TargetAssessment();

  static Assessment assess(String target, String actual) {
    return ASSESSMENT.assess(target.replace("\\n", "\n"), actual.replace("\\n", "\n"));
  }

  static void assertJudged(String target, String actual, Outcome outcome, String ratio) {
    Assessment result = assess(target, actual);

    assertThat(result.outcome())
        .as("%s vs %s: %s", target, actual, result.reason())
        .isEqualTo(outcome);
    assertThat(result.achievementRatio() == null ? null : result.achievementRatio().toPlainString())
        .as("ratio")
        .isEqualTo(ratio);
    assertThat(result.reason()).isNotBlank();
  }

  /** 益阳 2024 部门整体支出绩效自评表. */
  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ≥90%      | 90%        | MET            | 1
          ≤4.5%     | 1.52%      | MET            | 0.3377777777777778
          ≥3.4万人  | 3.93万人   | MET            | 1.155882352941176
          ≥1.9万人  | 2.07万人   | MET            | 1.089473684210526
          按时发放  | 按时发放   | MET            |
          100%      | 100%       | MET            | 1
          1万人次   | 1.23万人次 | MET            | 1.23
          稳定      | 稳定       | MET            |
          不适用    | 不适用     | NOT_COMPARABLE |
          ≥90%      | 95%        | MET            | 1.055555555555556
          ≥98%      | 100%       | MET            | 1.020408163265306
          ≤100%     | 68.55%     | MET            | 0.6855
          """)
  void seed000Yiyang(String target, String actual, Outcome outcome, String ratio) {
    assertJudged(target, actual, outcome, ratio);
  }

  /** 湘西 2022 定量目标 against 完成情况. */
  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          全州城镇新增就业2万人               | 全州城镇新增就业2.33万人 | MET | 1.165
          全州开展创业培训3500人              | 全州开展创业培训4710人   | MET | 1.345714285714286
          全州离校未就业高校毕业生就业率96%以上 | 就业率99.84%           | MET | 1.04
          确保劳动投诉案件办结率98%以上       | 办结率100%               | MET | 1.020408163265306
          劳动人事争议受理案件办结率达到90%以上 | 仲裁结案率98%          | MET | 1.088888888888889
          劳动人事争议调解成功率达到60%以上   | 调解成功率69%            | MET | 1.15
          支出控制在预算金额9853.12万元内     | 实际支出8675.33万元      | MET | 0.8804652739436848
          “三公经费”控制率≤100%               | 37.95%                   | MET | 0.3795
          管理制度健全性                      | 健全                     | NOT_COMPARABLE |
          """)
  void seed001Xiangxi(String target, String actual, Outcome outcome, String ratio) {
    assertJudged(target, actual, outcome, ratio);
  }

  /** 岳阳楼区 2023 整体支出绩效自评表. */
  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          6000人         | 6000人      | MET            | 1
          ≥100人         | 374人       | MET            | 3.74
          ≥5500份        | 5500份      | MET            | 1
          ≥0起           | 509起       | MET            |
          100%           | 100%        | MET            | 1
          86人           | 86人        | MET            | 1
          77起           | 77起        | MET            | 1
          400人          | 447人       | MET            | 1.1175
          1000人         | 1026人      | MET            | 1.026
          1350人         | 2297人      | MET            | 1.701481481481481
          3500人         | 6305人      | MET            | 1.801428571428571
          27000人        | 27612人     | MET            | 1.022666666666667
          200人          | 200人       | MET            | 1
          8200人         | 8854人      | MET            | 1.079756097560976
          90%以上        | 100%        | MET            | 1.111111111111111
          98%            | 99%         | MET            | 1.010204081632653
          ≤55%           | 100%        | NOT_MET        | 1.818181818181818
          ≤4.5%          | ≤3.5%       | MET            | 0.7777777777777778
          ≤30天内        | 100%        | NOT_COMPARABLE |
          不超过预算投入 | 1034.36万元 | NOT_COMPARABLE |
          有效促进       | 有效促进    | MET            |
          有效保障       | 有效保障    | MET            |
          ≥95%           | 100%        | MET            | 1.052631578947368
          ≥95%           | 98%         | MET            | 1.031578947368421
          """)
  void seed004YueyanglouDepartment(String target, String actual, Outcome outcome, String ratio) {
    assertJudged(target, actual, outcome, ratio);
  }

  /** 岳阳楼区 2023, the seven project tables. */
  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ≥5000份                  | 5500份                   | MET            | 1.1
          ≥100人                   | 374人                    | MET            | 3.74
          98%                      | 100%                     | MET            | 1.020408163265306
          ≤55%                     | 100%                     | NOT_MET        | 1.818181818181818
          12个月                   | 100%                     | NOT_COMPARABLE |
          ≤57万元                  | 47.96万元                | MET            | 0.8414035087719298
          '≤5万元 '                | '5万元 '                 | MET            | 1
          ≤35万元                  | 35万元                   | MET            | 1
          ≤20万元                  | 20万元                   | MET            | 1
          正常运转                 | 正常运转                 | MET            |
          规范整理国企退休人员档案 | 规范整理国企退休人员档案 | MET            |
          有效提升                 | 有效提升                 | MET            |
          ≥95%                     | 100%                     | MET            | 1.052631578947368
          4012平方米               | 4012平方米               | MET            | 1
          55件                     | 55件                     | MET            | 1
          100%                     | 100%                     | MET            | 1
          30天内完成               | 100%                     | NOT_COMPARABLE |
          ≤101万元                 | 101万元                  | MET            | 1
          有效优化                 | 有效优化                 | MET            |
          80人                     | 80人                     | MET            | 1
          无挪用\\n专项专用        | 无挪用\\n专项专用        | MET            |
          2023年内                 | 100%                     | NOT_COMPARABLE |
          ≤207.36万元              | 207.36万元               | MET            | 1
          有效促进                 | 有效促进                 | MET            |
          提升工作人员的工作效率   | 100%                     | NOT_COMPARABLE |
          三区两通道               | 三区两通道               | MET            |
          15天                     | 100%                     | NOT_COMPARABLE |
          ≤62.64万元               | 62.64万元                | MET            | 1
          有效保障                 | 有效保障                 | MET            |
          45人                     | 45人                     | MET            | 1
          17人                     | 17人                     | MET            | 1
          24人                     | 24人                     | MET            | 1
          2023年内完成             | 12月31日\\n前完成        | MET            |
          ≤48.24万元               | 48.24万元                | MET            | 1
          ≤12万元                  | 11.04万                  | MET            | 0.92
          ≤30万元                  | 25.41万元                | MET            | 0.847
          全面落实                 | 全面落实                 | MET            |
          19人                     | 19人                     | MET            | 1
          无挪用，专项专用         | 无挪用，专项专用         | MET            |
          60天内                   | 60天内                   | MET            | 1
          ≤90万元                  | 90万元                   | MET            | 1
          10个                     | 10个                     | MET            | 1
          """)
  void seed004YueyanglouProjects(String target, String actual, Outcome outcome, String ratio) {
    assertJudged(target, actual, outcome, ratio);
  }

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ≥90%             | 89.5%        | NOT_MET        | 0.9944444444444444
          >90%             | 90%          | NOT_MET        | 1
          <5%              | 5%           | NOT_MET        | 1
          ≤4.5%            | 5.2%         | NOT_MET        | 1.155555555555556
          ≥3.4万人         | 8854人       | NOT_MET        | 0.2604117647058824
          0.82万人         | 8854人       | MET            | 1.079756097560976
          ≥1万人           | 1.23万人次   | NOT_COMPARABLE |
          ≥90%             | 0.95         | NOT_MET        | 0.01055555555555556
          ≥95%             | 100          | MET            | 1.052631578947368
          3.5以下          | 3.2%         | MET            | 0.9142857142857143
          ≥500人           | 0.05万       | MET            | 1
          ≥90%             | 0.5万        | NOT_COMPARABLE |
          0起              | 0起          | MET            |
          0起              | 2起          | NOT_MET        |
          =0               | -1           | MET            |
          -5%              | -8%          | MET            | 1.6
          12月31日         | 12月20日     | MET            |
          2023年内         | 2024年1月5日 | NOT_MET        |
          6月底前          | 2023年6月30日| MET            |
          6月底前          | 7月1日       | NOT_MET        |
          ≤30天            | 28天         | MET            | 0.9333333333333333
          ≤30天            | 1个月        | NOT_COMPARABLE |
          ≤30个工作日      | 30天         | NOT_COMPARABLE |
          ≤2年             | 18个月       | MET            | 0.75
          80%-90%          | 85%          | MET            | 1.0625
          80%-90%          | 95%          | NOT_MET        | 1.1875
          80%-90%          | 79%          | NOT_MET        | 0.9875
          75分（含）—90分  | 90分         | NOT_MET        | 1.2
          ≥95%             | 约96%        | MET            | 1.010526315789474
          ≥95%             | 80%-100%     | NOT_COMPARABLE |
          ≥95%             | 完成         | NOT_COMPARABLE |
          稳定             | 基本稳定     | NOT_COMPARABLE |
          完成             | 100%         | NOT_COMPARABLE |
          ≥95%             | ''           | NOT_COMPARABLE |
          ''               | 95%          | NOT_COMPARABLE |
          较上年下降       | 3.5%         | NOT_COMPARABLE |
          """)
  void moreCases(String target, String actual, Outcome outcome, String ratio) {
    assertJudged(target, actual, outcome, ratio);
  }

  @Nested
  class Reasons {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ≥3.4万人       | 3.93万人    | 实际值“3.93万人”满足目标“≥3.4万人”
            ≥90%           | 89.5%       | 实际值“89.5%”未达到目标“≥90%”
            ≤55%           | 100%        | 实际值“100%”超出目标“≤55%”
            1万人          | 1.23万人次  | 实际值单位“人次”与目标单位“人”不可比
            ≤30天内        | 100%        | 实际值单位“%”与目标单位“天”不可比
            不超过预算投入 | 1034.36万元 | 目标以“预算投入”为参照（≤），需提供“预算投入”的数额才能判断
            稳定           | 基本稳定    | 定性目标“稳定”与实际“基本稳定”表述不同，需人工判断
            按时发放       | 按时发放    | 实际表述“按时发放”与目标一致
            不适用         | 不适用      | 目标为“不适用”，无需判断
            ≥95%           | 完成        | 实际值“完成”是定性表述
            完成           | 100%        | 目标“完成”为定性表述，实际为数值，需人工判断
            ≥95%           | ''          | 实际值无法识别：空值
            5人、6人       | 5人         | 目标值无法识别：两个数值之间没有范围分隔符
            80%-90%        | 95%         | 实际值“95%”高于目标区间“80%-90%”
            80%-90%        | 85%         | 实际值“85%”在目标区间“80%-90%”内
            2023年内完成   | 2024年1月5日 | 实际值“2024年1月5日”超出目标“≤2023年12月31日”
            """)
    void sayWhyInChinese(String target, String actual, String reason) {
      assertThat(assess(target, actual).reason()).contains(reason);
    }
  }

  @Nested
  class Notes {

    @Test
    void anActualWrittenAsAnInequalityIsJudgedAtFaceValueWithANote() {
      Assessment result = assess("≤4.5%", "≤3.5%");

      assertThat(result.isMet()).isTrue();
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("实际值写成了不等式“≤3.5%”"));
    }

    @Test
    void aMissingUnitIsBorrowedFromTheOtherSide() {
      Assessment result = assess("≤12万元", "11.04万");

      assertThat(result.notes()).containsExactly("实际值未写单位，按目标单位“万元”理解");
      assertThat(result.ratio())
          .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.92"));
    }

    @Test
    void aTargetWithoutUnitBorrowsTheActualsUnit() {
      assertThat(assess("3.5以下", "3.2%").notes()).containsExactly("目标值未写单位，按实际值单位“%”理解");
    }

    @Test
    void aDateWithoutYearIsComparedByMonthAndDay() {
      Assessment result = assess("2023年内完成", "12月31日\\n前完成");

      assertThat(result.notes()).contains("一方未写年份，只比较月、日");
      assertThat(result.ratio()).isEmpty();
    }

    @Test
    void anEqualsTargetScoresLikeAPositiveIndicator() {
      Assessment result = assess("400人", "447人");

      assertThat(result.isMet()).isTrue();
      assertThat(result.notes()).anySatisfy(n -> assertThat(n).contains("等于指标口径"));
    }

    @Test
    void aZeroTargetHasNoRatio() {
      Assessment result = assess("≥0起", "509起");

      assertThat(result.ratio()).isEmpty();
      assertThat(result.notes()).contains("目标值为0，无法计算完成比例");
    }

    @Test
    void anApproximateActualIsNoted() {
      assertThat(assess("≥95%", "约96%").notes()).contains("实际值是约数，按96%判断");
    }

    @Test
    void aBareDecimalBesideAPercentageIsReadAsPercentAndSaysSo() {
      Assessment result = assess("≥90%", "0.95");

      assertThat(result.outcome()).isEqualTo(Outcome.NOT_MET);
      assertThat(result.notes()).containsExactly("实际值未写单位，按目标单位“%”理解");
    }

    @Test
    void aPlainMetActualHasNoNotes() {
      assertThat(assess("≥90%", "95%").notes()).isEmpty();
    }
  }

  @Test
  void notComparableNeverCarriesARatio() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new Assessment(
                    Outcome.NOT_COMPARABLE, "x", java.math.BigDecimal.ONE, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Outcome.MET.label()).isEqualTo("达成");
    assertThat(Outcome.NOT_MET.label()).isEqualTo("未达成");
    assertThat(Outcome.NOT_COMPARABLE.label()).isEqualTo("不可比");
  }
}
