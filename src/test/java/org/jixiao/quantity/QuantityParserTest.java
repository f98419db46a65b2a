package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every 年度指标值 and 实际完成值 of the five seed reports, the forms the brief lists, and more.
 *
 * <p>Rows read {@code text | kind | comparison | value | unit | baseValue | baseUnit}. An empty
 * column is {@code null} (qualitative and unparsed texts have no numbers); {@code ''} is the empty
 * unit of a plain number. Values are compared as written ({@code 633.60} keeps its zero), base
 * values in plain normal form. {@code \\n} in a text stands for a line break inside the cell.
 */
class QuantityParserTest {

  private static final QuantityParser PARSER = new QuantityParser();

  static void assertReads(
      String text,
      TargetValue.Kind kind,
      String comparison,
      String value,
      String unit,
      String baseValue,
      String baseUnit) {
    String cell = unescape(text);
    TargetValue parsed = PARSER.parse(cell);
    ParsedView view = parsed.view();

    assertThat(view.kind()).as("kind of “%s” (%s)", text, parsed).isEqualTo(kind);
    assertThat(parsed.text()).isEqualTo(cell == null ? "" : cell);
    assertThat(view.comparison()).as("comparison").isEqualTo(comparison);
    assertThat(view.value() == null ? null : view.value().toPlainString())
        .as("value")
        .isEqualTo(value);
    assertThat(view.unit()).as("unit").isEqualTo(unit);
    assertThat(view.baseValue() == null ? null : view.baseValue().toPlainString())
        .as("base value")
        .isEqualTo(baseValue);
    assertThat(view.baseUnit()).as("base unit").isEqualTo(baseUnit);
    if (kind != TargetValue.Kind.UNPARSED) {
      assertThat(view.reason()).isNull();
    }
  }

  static void assertUnparsed(String text, String reason) {
    TargetValue parsed = PARSER.parse(unescape(text));

    assertThat(parsed).as("“%s”", text).isInstanceOf(Unparsed.class);
    assertThat(((Unparsed) parsed).reason()).contains(reason);
    assertThat(parsed.view().value()).isNull();
  }

  /** {@code \\n} and {@code \\t} in a table row stand for a line break and a tab in the cell. */
  static String unescape(String text) {
    return text == null ? null : text.replace("\\n", "\n").replace("\\t", "\t");
  }

  @Nested
  class TheFormsInTheBrief {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ≥90%               | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            ≥ 90 %             | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            ＞90％             | BOUND       | > | 90       | %      | 0.9      | 比率
            >=90%              | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            90%以上            | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            90%及以上          | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            不低于95%          | BOUND       | ≥ | 95       | %      | 0.95     | 比率
            不少于100人        | BOUND       | ≥ | 100      | 人     | 100      | 人
            不高于5%           | BOUND       | ≤ | 5        | %      | 0.05     | 比率
            不超过5%           | BOUND       | ≤ | 5        | %      | 0.05     | 比率
            低于5%             | BOUND       | < | 5        | %      | 0.05     | 比率
            ≤4.5%              | BOUND       | ≤ | 4.5      | %      | 0.045    | 比率
            −5.01%             | BOUND       | = | -5.01    | %      | -0.0501  | 比率
            ≥3.4万人           | BOUND       | ≥ | 3.4      | 万人   | 34000    | 人
            3.93万人           | BOUND       | = | 3.93     | 万人   | 39300    | 人
            1.23万人次         | BOUND       | = | 1.23     | 万人次 | 12300    | 人次
            1万人次            | BOUND       | = | 1        | 万人次 | 10000    | 人次
            ≤30天内            | BOUND       | ≤ | 30       | 天     | 30       | 天
            30天内完成         | BOUND       | ≤ | 30       | 天     | 30       | 天
            30个工作日内       | BOUND       | ≤ | 30       | 个工作日 | 30     | 工作日
            ≤57万元            | BOUND       | ≤ | 57       | 万元   | 570000   | 元
            ≤ 57 万元          | BOUND       | ≤ | 57       | 万元   | 570000   | 元
            不超过预算投入     | QUALITATIVE |   |          |        |          |
            12个月             | BOUND       | = | 12       | 个月   | 12       | 月
            2023年内           | BOUND       | ≤ | 20231231 | 日期   | 20231231 | 日期
            2023年底前         | BOUND       | ≤ | 20231231 | 日期   | 20231231 | 日期
            12月31日前完成     | BOUND       | ≤ | 1231     | 月日   | 1231     | 月日
            6月底前            | BOUND       | ≤ | 630      | 月日   | 630      | 月日
            三区两通道         | QUALITATIVE |   |          |        |          |
            按时发放           | QUALITATIVE |   |          |        |          |
            稳定               | QUALITATIVE |   |          |        |          |
            有效促进           | QUALITATIVE |   |          |        |          |
            无挪用专项专用     | QUALITATIVE |   |          |        |          |
            100%               | BOUND       | = | 100      | %      | 1        | 比率
            ≥0起               | BOUND       | ≥ | 0        | 起     | 0        | 起
            =100%              | BOUND       | = | 100      | %      | 1        | 比率
            80%-90%            | RANGE       |   | 80       | %      | 0.8      | 比率
            80%～90%           | RANGE       |   | 80       | %      | 0.8      | 比率
            90-100%            | RANGE       |   | 90       | %      | 0.9      | 比率
            ９０％             | BOUND       | = | 90       | %      | 0.9      | 比率
            ≥９０％            | BOUND       | ≥ | 90       | %      | 0.9      | 比率
            ＜5%               | BOUND       | < | 5        | %      | 0.05     | 比率
            ＝100%             | BOUND       | = | 100      | %      | 1        | 比率
            －5%               | BOUND       | = | -5       | %      | -0.05    | 比率
            80%－90%           | RANGE       |   | 80       | %      | 0.8      | 比率
            ≥\\n95%            | BOUND       | ≥ | 95       | %      | 0.95     | 比率
            \\n≥0起            | BOUND       | ≥ | 0        | 起     | 0        | 起
            1,234人            | BOUND       | = | 1234     | 人     | 1234     | 人
            -5.01%             | BOUND       | = | -5.01    | %      | -0.0501  | 比率
            -3                 | BOUND       | = | -3       | ''     | -3       | ''
            0                  | BOUND       | = | 0        | ''     | 0        | ''
            约3000人           | BOUND       | = | 3000     | 人     | 3000     | 人
            达到100%           | BOUND       | ≥ | 100      | %      | 1        | 比率
            100%完成           | BOUND       | = | 100      | %      | 1        | 比率
            完成               | QUALITATIVE |   |          |        |          |
            较上年下降         | QUALITATIVE |   |          |        |          |
            逐步提高           | QUALITATIVE |   |          |        |          |
            6000人             | BOUND       | = | 6000     | 人     | 6000     | 人
            3个县              | BOUND       | = | 3        | 个县   | 3        | 个县
            16个乡镇           | BOUND       | = | 16       | 个乡镇 | 16       | 个乡镇
            1.2万名            | BOUND       | = | 1.2      | 万名   | 12000    | 名
            """)
    void reads(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }
  }

  /** Deadlines are bounds in time: 日期 = yyyyMMdd, 月日 = MMdd when no year is written. */
  @Nested
  class Deadlines {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2023年内              | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年内完成          | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年度内            | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年以内            | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年底前            | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年底              | BOUND | = | 20231231 | 日期 | 20231231 | 日期
            2023年末前完成        | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2023年6月底前         | BOUND | ≤ | 20230630 | 日期 | 20230630 | 日期
            2023年6月             | BOUND | = | 20230630 | 日期 | 20230630 | 日期
            2024年2月底前         | BOUND | ≤ | 20240229 | 日期 | 20240229 | 日期
            2023年12月31日        | BOUND | = | 20231231 | 日期 | 20231231 | 日期
            2023年12月31日前完成  | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            于2023年9月30日前完成 | BOUND | ≤ | 20230930 | 日期 | 20230930 | 日期
            不晚于2023年10月15日  | BOUND | ≤ | 20231015 | 日期 | 20231015 | 日期
            ≤2023年底             | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            2024.5.30             | BOUND | = | 20240530 | 日期 | 20240530 | 日期
            2023-12-31前          | BOUND | ≤ | 20231231 | 日期 | 20231231 | 日期
            12月31日前完成        | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            12月31日\\n前完成     | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            12月31日              | BOUND | = | 1231     | 月日 | 1231     | 月日
            12月31号前            | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            6月底前               | BOUND | ≤ | 630      | 月日 | 630      | 月日
            6月底前到位           | BOUND | ≤ | 630      | 月日 | 630      | 月日
            6月底                 | BOUND | = | 630      | 月日 | 630      | 月日
            2月底前               | BOUND | ≤ | 229      | 月日 | 229      | 月日
            9月上旬               | BOUND | = | 910      | 月日 | 910      | 月日
            9月中旬前             | BOUND | ≤ | 920      | 月日 | 920      | 月日
            11月下旬前            | BOUND | ≤ | 1130     | 月日 | 1130     | 月日
            一季度末前            | BOUND | ≤ | 331      | 月日 | 331      | 月日
            第三季度内            | BOUND | ≤ | 930      | 月日 | 930      | 月日
            2023年第4季度         | BOUND | = | 20231231 | 日期 | 20231231 | 日期
            上半年                | BOUND | = | 630      | 月日 | 630      | 月日
            上半年内完成          | BOUND | ≤ | 630      | 月日 | 630      | 月日
            2023年下半年          | BOUND | = | 20231231 | 日期 | 20231231 | 日期
            年底前                | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            年内完成              | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            本年度内              | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            当年内                | BOUND | ≤ | 1231     | 月日 | 1231     | 月日
            """)
    void readsDatesAndPeriods(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    /** Durations are not dates: 12月 alone and 3月内 count months. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            12个月     | BOUND | = | 12 | 个月 | 12 | 月
            12月       | BOUND | = | 12 | 月   | 12 | 月
            3月内      | BOUND | ≤ | 3  | 月   | 3  | 月
            2年内      | BOUND | ≤ | 2  | 年   | 24 | 月
            15天       | BOUND | = | 15 | 天   | 15 | 天
            60天内     | BOUND | ≤ | 60 | 天   | 60 | 天
            30日内     | BOUND | ≤ | 30 | 日   | 30 | 天
            2小时内    | BOUND | ≤ | 2  | 小时 | 120 | 分钟
            1个季度    | BOUND | = | 1  | 个季度 | 3 | 月
            """)
    void readsDurations(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2023年          | 只有年份
            2023年度        | 只有年份
            2000年          | 只有年份
            2023年前        | 不清楚
            6月前           | 不清楚是6月1日前还是月底前
            6月初           | 没有确定的日期
            2月30日         | 日期不存在
            2023年2月29日   | 日期不存在
            2023年13月      | 日期不存在
            2023年完成100%  | 无法识别的日期写法
            ≥12月31日前     | 比较符号相互矛盾
            """)
    void leavesAmbiguousDatesUnread(String text, String reason) {
      assertUnparsed(text, reason);
    }
  }

  /** 益阳市人社局 2024, 部门整体支出绩效自评表 (lines ~327-476) and the narrative. */
  @Nested
  class Seed000Yiyang {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ≥90%        | BOUND       | ≥ | 90     | %      | 0.9    | 比率
            90%         | BOUND       | = | 90     | %      | 0.9    | 比率
            ≤4.5%       | BOUND       | ≤ | 4.5    | %      | 0.045  | 比率
            1.52%       | BOUND       | = | 1.52   | %      | 0.0152 | 比率
            ≥3.4万人    | BOUND       | ≥ | 3.4    | 万人   | 34000  | 人
            3.93万人    | BOUND       | = | 3.93   | 万人   | 39300  | 人
            ≥1.9万人    | BOUND       | ≥ | 1.9    | 万人   | 19000  | 人
            2.07万人    | BOUND       | = | 2.07   | 万人   | 20700  | 人
            按时发放    | QUALITATIVE |   |        |        |        |
            100%        | BOUND       | = | 100    | %      | 1      | 比率
            1万人次     | BOUND       | = | 1      | 万人次 | 10000  | 人次
            1.23万人次  | BOUND       | = | 1.23   | 万人次 | 12300  | 人次
            稳定        | QUALITATIVE |   |        |        |        |
            不适用      | QUALITATIVE |   |        |        |        |
            95%         | BOUND       | = | 95     | %      | 0.95   | 比率
            ≥98%        | BOUND       | ≥ | 98     | %      | 0.98   | 比率
            ≤100%       | BOUND       | ≤ | 100    | %      | 1      | 比率
            68.55%      | BOUND       | = | 68.55  | %      | 0.6855 | 比率
            98.79       | BOUND       | = | 98.79  | ''     | 98.79  | ''
            """)
    void readsTheSelfEvaluationTable(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            控制在省定目标之内 | QUALITATIVE |   |         |       |            |
            4.9万余人          | BOUND       | > | 4.9     | 万人  | 49000      | 人
            30万人             | BOUND       | = | 30      | 万人  | 300000     | 人
            40亿元             | BOUND       | = | 40      | 亿元  | 4000000000 | 元
            140亿元            | BOUND       | = | 140     | 亿元  | 14000000000 | 元
            80家               | BOUND       | = | 80      | 家    | 80         | 家
            339.54万人         | BOUND       | = | 339.54  | 万人  | 3395400    | 人
            45.36万人          | BOUND       | = | 45.36   | 万人  | 453600     | 人
            25.2万人           | BOUND       | = | 25.2    | 万人  | 252000     | 人
            20元               | BOUND       | = | 20      | 元    | 20         | 元
            172.32元           | BOUND       | = | 172.32  | 元    | 172.32     | 元
            19.36元            | BOUND       | = | 19.36   | 元    | 19.36      | 元
            2000多万元         | BOUND       | > | 2000    | 万元  | 20000000   | 元
            135元              | BOUND       | = | 135     | 元    | 135        | 元
            206名              | BOUND       | = | 206     | 名    | 206        | 名
            537人              | BOUND       | = | 537     | 人    | 537        | 人
            123家              | BOUND       | = | 123     | 家    | 123        | 家
            1700元/月          | BOUND       | = | 1700    | 元/月 | 1700       | 元/月
            9.68%              | BOUND       | = | 9.68    | %     | 0.0968     | 比率
            84206元            | BOUND       | = | 84206   | 元    | 84206      | 元
            4919元             | BOUND       | = | 4919    | 元    | 4919       | 元
            12期               | BOUND       | = | 12      | 期    | 12         | 期
            24个               | BOUND       | = | 24      | 个    | 24         | 个
            37项               | BOUND       | = | 37      | 项    | 37         | 项
            99.9%以上          | BOUND       | ≥ | 99.9    | %     | 0.999      | 比率
            群众满意率均达99.9%以上 | BOUND  | ≥ | 99.9    | %     | 0.999      | 比率
            调整月最低工资标准为1700元/月 | BOUND | = | 1700 | 元/月 | 1700    | 元/月
            """)
    void readsTheNarrative(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }
  }

  /** 湘西州人社局 2022: 定量目标 (table 三), 州级专项资金绩效目标 and what was achieved. */
  @Nested
  class Seed001Xiangxi {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            全州城镇新增就业2万人               | BOUND | = | 2       | 万人   | 20000    | 人
            全州开展创业培训3500人              | BOUND | = | 3500    | 人     | 3500     | 人
            全州离校未就业高校毕业生就业率96%以上 | BOUND | ≥ | 96      | %      | 0.96     | 比率
            96%以上                             | BOUND | ≥ | 96      | %      | 0.96     | 比率
            确保劳动投诉案件办结率98%以上       | BOUND | ≥ | 98      | %      | 0.98     | 比率
            98%以上                             | BOUND | ≥ | 98      | %      | 0.98     | 比率
            劳动人事争议受理案件办结率达到90%以上 | BOUND | ≥ | 90      | %      | 0.9      | 比率
            达到90%以上                         | BOUND | ≥ | 90      | %      | 0.9      | 比率
            劳动人事争议调解成功率达到60%以上   | BOUND | ≥ | 60      | %      | 0.6      | 比率
            达到60%以上                         | BOUND | ≥ | 60      | %      | 0.6      | 比率
            支出控制在预算金额9853.12万元内     | BOUND | ≤ | 9853.12 | 万元   | 98531200 | 元
            实际支出8675.33万元                 | BOUND | = | 8675.33 | 万元   | 86753300 | 元
            “三公经费”控制率≤100%               | BOUND | ≤ | 100     | %      | 1        | 比率
            37.95%                              | BOUND | = | 37.95   | %      | 0.3795   | 比率
            城镇登记失业率控制在 5.5%           | BOUND | ≤ | 5.5     | %      | 0.055    | 比率
            控制在 5.5%                         | BOUND | ≤ | 5.5     | %      | 0.055    | 比率
            新增农村劳动力转移就业 2 万人       | BOUND | = | 2       | 万人   | 20000    | 人
            农村劳动力转移就业 70 万人          | BOUND | = | 70      | 万人   | 700000   | 人
            全州覆盖率 100%                     | BOUND | = | 100     | %      | 1        | 比率
            完成 1.94 万人次                    | BOUND | = | 1.94    | 万人次 | 19400    | 人次
            参保人数省定目标 18.34 万人         | BOUND | = | 18.34   | 万人   | 183400   | 人
            """)
    void readsTheTargets(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            完成为省对州绩效考核指标任务        | QUALITATIVE | | | | |
            保持就业形势总体稳定                | QUALITATIVE | | | | |
            全面提升社会保障能力                | QUALITATIVE | | | | |
            加强人才服务发展                    | QUALITATIVE | | | | |
            保持劳动关系总体和谐                | QUALITATIVE | | | | |
            完成省定高质量发展指标。            | QUALITATIVE | | | | |
            省对州考核约束性指标无扣分。        | QUALITATIVE | | | | |
            创业带动就业工作持续加强            | QUALITATIVE | | | | |
            技能人才活力充分释放。              | QUALITATIVE | | | | |
            管理制度健全性                      | QUALITATIVE | | | | |
            健全                                | QUALITATIVE | | | | |
            资金使用合规性                      | QUALITATIVE | | | | |
            资金使用合规                        | QUALITATIVE | | | | |
            预决算信息公开性                    | QUALITATIVE | | | | |
            预决算按规定时间规定内容进行了公开  | QUALITATIVE | | | | |
            社保待遇落实到位                    | QUALITATIVE | | | | |
            控制在省定范围内                    | QUALITATIVE | | | | |
            """)
    void readsTheQualitativeGoals(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            2.33万人     | BOUND | = | 2.33    | 万人   | 23300      | 人
            116.6%       | BOUND | = | 116.6   | %      | 1.166      | 比率
            4710人       | BOUND | = | 4710    | 人     | 4710       | 人
            134.6%       | BOUND | = | 134.6   | %      | 1.346      | 比率
            6084人       | BOUND | = | 6084    | 人     | 6084       | 人
            就业率99.84% | BOUND | = | 99.84   | %      | 0.9984     | 比率
            3.8个百分点  | BOUND | = | 3.8     | 个百分点 | 3.8      | 百分点
            30.9万人     | BOUND | = | 30.9    | 万人   | 309000     | 人
            134.4元/月   | BOUND | = | 134.4   | 元/月  | 134.4      | 元/月
            126.81元/月  | BOUND | = | 126.81  | 元/月  | 126.81     | 元/月
            120.73元/月  | BOUND | = | 120.73  | 元/月  | 120.73     | 元/月
            2.8亿元      | BOUND | = | 2.8     | 亿元   | 280000000  | 元
            8127户       | BOUND | = | 8127    | 户     | 8127       | 户
            564家        | BOUND | = | 564     | 家     | 564        | 家
            1.65万人     | BOUND | = | 1.65    | 万人   | 16500      | 人
            12场         | BOUND | = | 12      | 场     | 12         | 场
            150%         | BOUND | = | 150     | %      | 1.5        | 比率
            3393人       | BOUND | = | 3393    | 人     | 3393       | 人
            113%         | BOUND | = | 113     | %      | 1.13       | 比率
            68人         | BOUND | = | 68      | 人     | 68         | 人
            813名        | BOUND | = | 813     | 名     | 813        | 名
            1431件       | BOUND | = | 1431    | 件     | 1431       | 件
            1799条       | BOUND | = | 1799    | 条     | 1799       | 条
            348件        | BOUND | = | 348     | 件     | 348        | 件
            1277件       | BOUND | = | 1277    | 件     | 1277       | 件
            1247件       | BOUND | = | 1247    | 件     | 1247       | 件
            6488.5万元   | BOUND | = | 6488.5  | 万元   | 64885000   | 元
            1386人       | BOUND | = | 1386    | 人     | 1386       | 人
            仲裁结案率98% | BOUND | = | 98     | %      | 0.98       | 比率
            69%          | BOUND | = | 69      | %      | 0.69       | 比率
            74%          | BOUND | = | 74      | %      | 0.74       | 比率
            57.99亿元    | BOUND | = | 57.99   | 亿元   | 5799000000 | 元
            28.27亿元    | BOUND | = | 28.27   | 亿元   | 2827000000 | 元
            8.4万名      | BOUND | = | 8.4     | 万名   | 84000      | 名
            106%以上     | BOUND | ≥ | 106     | %      | 1.06       | 比率
            984人        | BOUND | = | 984     | 人     | 984        | 人
            246%         | BOUND | = | 246     | %      | 2.46       | 比率
            75.25万人    | BOUND | = | 75.25   | 万人   | 752500     | 人
            333家        | BOUND | = | 333     | 家     | 333        | 家
            6220人       | BOUND | = | 6220    | 人     | 6220       | 人
            1.7亿元      | BOUND | = | 1.7     | 亿元   | 170000000  | 元
            111次        | BOUND | = | 111     | 次     | 111        | 次
            1万余家      | BOUND | > | 1       | 万家   | 10000      | 家
            2.05亿元     | BOUND | = | 2.05    | 亿元   | 205000000  | 元
            6940万元     | BOUND | = | 6940    | 万元   | 69400000   | 元
            31.6万人     | BOUND | = | 31.6    | 万人   | 316000     | 人
            857个        | BOUND | = | 857     | 个     | 857        | 个
            29批次       | BOUND | = | 29      | 批次   | 29         | 批次
            1272名       | BOUND | = | 1272    | 名     | 1272       | 名
            457人        | BOUND | = | 457     | 人     | 457        | 人
            4.6万人次    | BOUND | = | 4.6     | 万人次 | 46000      | 人次
            3.5万人次    | BOUND | = | 3.5     | 万人次 | 35000      | 人次
            """)
    void readsWhatWasAchieved(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    /** 三公经费 table: 预算数, 决算数, 控制率, 同比增减 (万元, signs as printed). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            31.9    | BOUND | = | 31.9   | '' | 31.9   | ''
            17.20   | BOUND | = | 17.20  | '' | 17.2   | ''
            53.92%  | BOUND | = | 53.92  | %  | 0.5392 | 比率
            -0.05   | BOUND | = | -0.05  | '' | -0.05  | ''
            -0.33%  | BOUND | = | -0.33  | %  | -0.0033 | 比率
            -9.25   | BOUND | = | -9.25  | '' | -9.25  | ''
            -54.35% | BOUND | = | -54.35 | %  | -0.5435 | 比率
            65.8    | BOUND | = | 65.8   | '' | 65.8   | ''
            -27.15% | BOUND | = | -27.15 | %  | -0.2715 | 比率
            """)
    void readsTheThreePublicExpensesTable(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @Test
    void leavesATargetWithTwoFiguresUnread() {
      assertUnparsed("“311”就业服务全州覆盖率 100%", "两个数值之间没有范围分隔符");
    }
  }

  /** 赫山区人社局 2020: results stated against the year's goals. */
  @Nested
  class Seed002Heshan {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            城镇登记失业率控制在3.8%以内 | BOUND | ≤ | 3.8      | %    | 0.038    | 比率
            控制在3.8%以内               | BOUND | ≤ | 3.8      | %    | 0.038    | 比率
            6501人                       | BOUND | = | 6501     | 人   | 6501     | 人
            3401人                       | BOUND | = | 3401     | 人   | 3401     | 人
            951人                        | BOUND | = | 951      | 人   | 951      | 人
            2949人                       | BOUND | = | 2949     | 人   | 2949     | 人
            638人                        | BOUND | = | 638      | 人   | 638      | 人
            314人                        | BOUND | = | 314      | 人   | 314      | 人
            170人                        | BOUND | = | 170      | 人   | 170      | 人
            达到2.8万人                  | BOUND | ≥ | 2.8      | 万人 | 28000    | 人
            1.3万人                      | BOUND | = | 1.3      | 万人 | 13000    | 人
            43.1万人                     | BOUND | = | 43.1     | 万人 | 431000   | 人
            2.53万人                     | BOUND | = | 2.53     | 万人 | 25300    | 人
            7.2亿元                      | BOUND | = | 7.2      | 亿元 | 720000000 | 元
            560万                        | BOUND | = | 560      | 万   | 5600000  | ''
            102.1万                      | BOUND | = | 102.1    | 万   | 1021000  | ''
            233起                        | BOUND | = | 233      | 起   | 233      | 起
            106起                        | BOUND | = | 106      | 起   | 106      | 起
            结案率95%                    | BOUND | = | 95       | %    | 0.95     | 比率
            调解率95%                    | BOUND | = | 95       | %    | 0.95     | 比率
            256起                        | BOUND | = | 256      | 起   | 256      | 起
            23284326元                   | BOUND | = | 23284326 | 元   | 23284326 | 元
            8家                          | BOUND | = | 8        | 家   | 8        | 家
            50万元以上                   | BOUND | ≥ | 50       | 万元 | 500000   | 元
            100万元以上                  | BOUND | ≥ | 100      | 万元 | 1000000  | 元
            98                           | BOUND | = | 98       | ''   | 98       | ''
            达到了相关要求               | QUALITATIVE | |      |      |          |
            """)
    void readsTheResults(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @Test
    void leavesAParentheticalUnitUnread() {
      assertUnparsed("17个镇（街道）", "无法识别的单位或附加文字“个镇(街道)”");
    }
  }

  /** 雁峰区人社局 2023 (third-party): grade bands, computed ratios, results in 元. */
  @Nested
  class Seed003Yanfeng {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            90分（含）以上             | BOUND | ≥ | 90       | 分 | 90       | 分
            综合得分 90 分（含）以上   | BOUND | ≥ | 90       | 分 | 90       | 分
            75分（含）—90分            | RANGE |   | 75       | 分 | 75       | 分
            60 分（含）—75 分          | RANGE |   | 60       | 分 | 60       | 分
            60 分以下                  | BOUND | ≤ | 60       | 分 | 60       | 分
            89分                       | BOUND | = | 89       | 分 | 89       | 分
            大于80%                    | BOUND | > | 80       | %  | 0.8      | 比率
            小于10%                    | BOUND | < | 10       | %  | 0.1      | 比率
            大于50%                    | BOUND | > | 50       | %  | 0.5      | 比率
            大于90%                    | BOUND | > | 90       | %  | 0.9      | 比率
            95.23%                     | BOUND | = | 95.23    | %  | 0.9523   | 比率
            99.04%                     | BOUND | = | 99.04    | %  | 0.9904   | 比率
            99.08%                     | BOUND | = | 99.08    | %  | 0.9908   | 比率
            2.39%                      | BOUND | = | 2.39     | %  | 0.0239   | 比率
            0.93%                      | BOUND | = | 0.93     | %  | 0.0093   | 比率
            -5.01%                     | BOUND | = | -5.01    | %  | -0.0501  | 比率
            0%                         | BOUND | = | 0        | %  | 0        | 比率
            81.25%                     | BOUND | = | 81.25    | %  | 0.8125   | 比率
            92.87%                     | BOUND | = | 92.87    | %  | 0.9287   | 比率
            85,467,109.06 元           | BOUND | = | 85467109.06 | 元 | 85467109.06 | 元
            84,648,906.36 元           | BOUND | = | 84648906.36 | 元 | 84648906.36 | 元
            88,044,648.36 元           | BOUND | = | 88044648.36 | 元 | 88044648.36 | 元
            2,178,460.00 元            | BOUND | = | 2178460.00  | 元 | 2178460     | 元
            818,202.70 元              | BOUND | = | 818202.70   | 元 | 818202.7    | 元
            242,000.00 元              | BOUND | = | 242000.00   | 元 | 242000      | 元
            0.00 元                    | BOUND | = | 0.00        | 元 | 0           | 元
            42 人                      | BOUND | = | 42       | 人 | 42       | 人
            """)
    void readsTheEvaluationFigures(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            就业率达 95%以上  | BOUND | ≥ | 95       | %     | 0.95     | 比率
            95%以上           | BOUND | ≥ | 95       | %     | 0.95     | 比率
            2369 人           | BOUND | = | 2369     | 人    | 2369     | 人
            1318 人           | BOUND | = | 1318     | 人    | 1318     | 人
            347.2 万元        | BOUND | = | 347.2    | 万元  | 3472000  | 元
            38.88 万元        | BOUND | = | 38.88    | 万元  | 388800   | 元
            7 万元            | BOUND | = | 7        | 万元  | 70000    | 元
            10 场             | BOUND | = | 10       | 场    | 10       | 场
            99 人次           | BOUND | = | 99       | 人次  | 99       | 人次
            49.24 万元        | BOUND | = | 49.24    | 万元  | 492400   | 元
            28046 人          | BOUND | = | 28046    | 人    | 28046    | 人
            10522.14 万元     | BOUND | = | 10522.14 | 万元  | 105221400 | 元
            633.60 万元       | BOUND | = | 633.60   | 万元  | 6336000  | 元
            100 元/年         | BOUND | = | 100      | 元/年 | 100      | 元/年
            60 周岁以上       | BOUND | ≥ | 60       | 周岁  | 60       | 周岁
            1253 条           | BOUND | = | 1253     | 条    | 1253     | 条
            38.7 万元         | BOUND | = | 38.7     | 万元  | 387000   | 元
            6 万余元          | BOUND | > | 6        | 万元  | 60000    | 元
            近 1200 余件      | BOUND | > | 1200     | 件    | 1200     | 件
            24 次             | BOUND | = | 24       | 次    | 24       | 次
            197 条            | BOUND | = | 197      | 条    | 197      | 条
            107 起            | BOUND | = | 107      | 起    | 107      | 起
            527 万元          | BOUND | = | 527      | 万元  | 5270000  | 元
            86 个             | BOUND | = | 86       | 个    | 86       | 个
            1200 余人         | BOUND | > | 1200     | 人    | 1200     | 人
            0.32 万以上       | BOUND | ≥ | 0.32     | 万    | 3200     | ''
            56 名             | BOUND | = | 56       | 名    | 56       | 名
            达到200元/月      | BOUND | ≥ | 200      | 元/月 | 200      | 元/月
            达到 100%         | BOUND | ≥ | 100      | %     | 1        | 比率
            达到预期          | QUALITATIVE | |      |       |          |
            """)
    void readsTheResults(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @Test
    void anApproximateCountKeepsBothMarks() {
      Bound bound = (Bound) PARSER.parse("近 1200 余件");

      assertThat(bound.approximate()).isTrue();
      assertThat(bound.comparison()).isEqualTo(Comparison.GT);
    }
  }

  /** 岳阳楼区人社局 2023: 整体支出绩效自评表 (24 indicators) and its narrative. */
  @Nested
  class Seed004YueyanglouDepartment {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            6000人         | BOUND       | = | 6000    | 人   | 6000     | 人
            ≥100人         | BOUND       | ≥ | 100     | 人   | 100      | 人
            374人          | BOUND       | = | 374     | 人   | 374      | 人
            ≥5500份        | BOUND       | ≥ | 5500    | 份   | 5500     | 份
            5500份         | BOUND       | = | 5500    | 份   | 5500     | 份
            ≥0起           | BOUND       | ≥ | 0       | 起   | 0        | 起
            509起          | BOUND       | = | 509     | 起   | 509      | 起
            100%           | BOUND       | = | 100     | %    | 1        | 比率
            86人           | BOUND       | = | 86      | 人   | 86       | 人
            77起           | BOUND       | = | 77      | 起   | 77       | 起
            400人          | BOUND       | = | 400     | 人   | 400      | 人
            447人          | BOUND       | = | 447     | 人   | 447      | 人
            1000人         | BOUND       | = | 1000    | 人   | 1000     | 人
            1026人         | BOUND       | = | 1026    | 人   | 1026     | 人
            1350人         | BOUND       | = | 1350    | 人   | 1350     | 人
            2297人         | BOUND       | = | 2297    | 人   | 2297     | 人
            3500人         | BOUND       | = | 3500    | 人   | 3500     | 人
            6305人         | BOUND       | = | 6305    | 人   | 6305     | 人
            27000人        | BOUND       | = | 27000   | 人   | 27000    | 人
            27612人        | BOUND       | = | 27612   | 人   | 27612    | 人
            200人          | BOUND       | = | 200     | 人   | 200      | 人
            8200人         | BOUND       | = | 8200    | 人   | 8200     | 人
            8854人         | BOUND       | = | 8854    | 人   | 8854     | 人
            90%以上        | BOUND       | ≥ | 90      | %    | 0.9      | 比率
            98%            | BOUND       | = | 98      | %    | 0.98     | 比率
            99%            | BOUND       | = | 99      | %    | 0.99     | 比率
            ≤55%           | BOUND       | ≤ | 55      | %    | 0.55     | 比率
            通过270人      | BOUND       | = | 270     | 人   | 270      | 人
            ≤4.5%          | BOUND       | ≤ | 4.5     | %    | 0.045    | 比率
            ≤3.5%          | BOUND       | ≤ | 3.5     | %    | 0.035    | 比率
            ≤30天内        | BOUND       | ≤ | 30      | 天   | 30       | 天
            不超过预算投入 | QUALITATIVE |   |         |      |          |
            1034.36万元    | BOUND       | = | 1034.36 | 万元 | 10343600 | 元
            有效促进       | QUALITATIVE |   |         |      |          |
            有效保障       | QUALITATIVE |   |         |      |          |
            ≥95%           | BOUND       | ≥ | 95      | %    | 0.95     | 比率
            """)
    void readsTheSelfEvaluationTable(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            8402人            | BOUND | = | 8402   | 人   | 8402    | 人
            325人             | BOUND | = | 325    | 人   | 325     | 人
            509件             | BOUND | = | 509    | 件   | 509     | 件
            调解成功率73%     | BOUND | = | 73     | %    | 0.73    | 比率
            按期结案率为100%  | BOUND | = | 100    | %    | 1       | 比率
            完成目标任务 108% | BOUND | = | 108    | %    | 1.08    | 比率
            180%              | BOUND | = | 180    | %    | 1.8     | 比率
            登记失业率控制在 3.5以下 | BOUND | ≤ | 3.5 | '' | 3.5  | ''
            控制在 3.5以下    | BOUND | ≤ | 3.5    | ''   | 3.5     | ''
            112 %             | BOUND | = | 112    | %    | 1.12    | 比率
            102%              | BOUND | = | 102    | %    | 1.02    | 比率
            251人             | BOUND | = | 251    | 人   | 251     | 人
            1819个            | BOUND | = | 1819   | 个   | 1819    | 个
            215.15元          | BOUND | = | 215.15 | 元   | 215.15  | 元
            5.4万人           | BOUND | = | 5.4    | 万人 | 54000   | 人
            完成率均超100%    | BOUND | > | 100    | %    | 1       | 比率
            326名             | BOUND | = | 326    | 名   | 326     | 名
            252份             | BOUND | = | 252    | 份   | 252     | 份
            102项             | BOUND | = | 102    | 项   | 102     | 项
            57件              | BOUND | = | 57     | 件   | 57      | 件
            1792个            | BOUND | = | 1792   | 个   | 1792    | 个
            715条             | BOUND | = | 715    | 条   | 715     | 条
            91起              | BOUND | = | 91     | 起   | 91      | 起
            满意率均达98%以上 | BOUND | ≥ | 98     | %    | 0.98    | 比率
            900余万元         | BOUND | > | 900    | 万元 | 9000000 | 元
            4012平方米        | BOUND | = | 4012   | 平方米 | 4012  | 平方米
            3360平方米        | BOUND | = | 3360   | 平方米 | 3360  | 平方米
            """)
    void readsTheNarrative(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }
  }

  /** 岳阳楼区人社局 2023: the seven 项目支出绩效自评表 (附件3-1 … 3-7). */
  @Nested
  class Seed004YueyanglouProjects {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ≥5000份                     | BOUND       | ≥ | 5000     | 份     | 5000     | 份
            5500份                      | BOUND       | = | 5500     | 份     | 5500     | 份
            98%                         | BOUND       | = | 98       | %      | 0.98     | 比率
            12个月                      | BOUND       | = | 12       | 个月   | 12       | 月
            ≤57万元                     | BOUND       | ≤ | 57       | 万元   | 570000   | 元
            47.96万元                   | BOUND       | = | 47.96    | 万元   | 479600   | 元
            '≤5万元 '                   | BOUND       | ≤ | 5        | 万元   | 50000    | 元
            '5万元 '                    | BOUND       | = | 5        | 万元   | 50000    | 元
            ≤35万元                     | BOUND       | ≤ | 35       | 万元   | 350000   | 元
            35万元                      | BOUND       | = | 35       | 万元   | 350000   | 元
            ≤20万元                     | BOUND       | ≤ | 20       | 万元   | 200000   | 元
            20万元                      | BOUND       | = | 20       | 万元   | 200000   | 元
            正常运转                    | QUALITATIVE |   |          |        |          |
            规范整理国企退休人员档案    | QUALITATIVE |   |          |        |          |
            有效提升                    | QUALITATIVE |   |          |        |          |
            130                         | BOUND       | = | 130      | ''     | 130      | ''
            107.96                      | BOUND       | = | 107.96   | ''     | 107.96   | ''
            4012平方米                  | BOUND       | = | 4012     | 平方米 | 4012     | 平方米
            55件                        | BOUND       | = | 55       | 件     | 55       | 件
            30天内完成                  | BOUND       | ≤ | 30       | 天     | 30       | 天
            ≤101万元                    | BOUND       | ≤ | 101      | 万元   | 1010000  | 元
            101万元                     | BOUND       | = | 101      | 万元   | 1010000  | 元
            有效优化                    | QUALITATIVE |   |          |        |          |
            80人                        | BOUND       | = | 80       | 人     | 80       | 人
            无挪用\\n专项专用           | QUALITATIVE |   |          |        |          |
            2023年内                    | BOUND       | ≤ | 20231231 | 日期   | 20231231 | 日期
            ≤207.36万元                 | BOUND       | ≤ | 207.36   | 万元   | 2073600  | 元
            207.36万元                  | BOUND       | = | 207.36   | 万元   | 2073600  | 元
            提升工作人员的工作效率      | QUALITATIVE |   |          |        |          |
            三区两通道                  | QUALITATIVE |   |          |        |          |
            15天                        | BOUND       | = | 15       | 天     | 15       | 天
            ≤62.64万元                  | BOUND       | ≤ | 62.64    | 万元   | 626400   | 元
            62.64万元                   | BOUND       | = | 62.64    | 万元   | 626400   | 元
            45人                        | BOUND       | = | 45       | 人     | 45       | 人
            17人                        | BOUND       | = | 17       | 人     | 17       | 人
            24人                        | BOUND       | = | 24       | 人     | 24       | 人
            2023年内完成                | BOUND       | ≤ | 20231231 | 日期   | 20231231 | 日期
            12月31日\\n前完成           | BOUND       | ≤ | 1231     | 月日   | 1231     | 月日
            ≤48.24万元                  | BOUND       | ≤ | 48.24    | 万元   | 482400   | 元
            48.24万元                   | BOUND       | = | 48.24    | 万元   | 482400   | 元
            ≤12万元                     | BOUND       | ≤ | 12       | 万元   | 120000   | 元
            11.04万                     | BOUND       | = | 11.04    | 万     | 110400   | ''
            ≤30万元                     | BOUND       | ≤ | 30       | 万元   | 300000   | 元
            25.41万元                   | BOUND       | = | 25.41    | 万元   | 254100   | 元
            全面落实                    | QUALITATIVE |   |          |        |          |
            19人                        | BOUND       | = | 19       | 人     | 19       | 人
            无挪用，专项专用            | QUALITATIVE |   |          |        |          |
            60天内                      | BOUND       | ≤ | 60       | 天     | 60       | 天
            ≤90万元                     | BOUND       | ≤ | 90       | 万元   | 900000   | 元
            90万元                      | BOUND       | = | 90       | 万元   | 900000   | 元
            10个                        | BOUND       | = | 10       | 个     | 10       | 个
            """)
    void readsTheProjectTables(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }
  }

  /** Forms the seeds do not hold but other reports do. */
  @Nested
  class MoreRealisticForms {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ≧95%                   | BOUND | ≥ | 95      | %        | 0.95     | 比率
            ⩾95%                   | BOUND | ≥ | 95      | %        | 0.95     | 比率
            ⩽5%                    | BOUND | ≤ | 5       | %        | 0.05     | 比率
            <=5%                   | BOUND | ≤ | 5       | %        | 0.05     | 比率
            ≥95％                  | BOUND | ≥ | 95      | %        | 0.95     | 比率
            不少于 3 场            | BOUND | ≥ | 3       | 场       | 3        | 场
            不得低于90%            | BOUND | ≥ | 90      | %        | 0.9      | 比率
            至少2次                | BOUND | ≥ | 2       | 次       | 2        | 次
            超过50%                | BOUND | > | 50      | %        | 0.5      | 比率
            高于80%                | BOUND | > | 80      | %        | 0.8      | 比率
            不足10人               | BOUND | < | 10      | 人       | 10       | 人
            未达到90%              | BOUND | < | 90      | %        | 0.9      | 比率
            最多5人                | BOUND | ≤ | 5       | 人       | 5        | 人
            最高不超过2000元/人    | BOUND | ≤ | 2000    | 元/人    | 2000     | 元/人
            控制在 5% 以内         | BOUND | ≤ | 5       | %        | 0.05     | 比率
            在3%以内               | BOUND | ≤ | 3       | %        | 0.03     | 比率
            5%以下                 | BOUND | ≤ | 5       | %        | 0.05     | 比率
            90%或以上              | BOUND | ≥ | 90      | %        | 0.9      | 比率
            90分（不含）以上       | BOUND | > | 90      | 分       | 90       | 分
            60分（不含）以下       | BOUND | < | 60      | 分       | 60       | 分
            ≥90%以上               | BOUND | ≥ | 90      | %        | 0.9      | 比率
            不低于90%以上          | BOUND | ≥ | 90      | %        | 0.9      | 比率
            大约500户              | BOUND | = | 500     | 户       | 500      | 户
            3000人左右             | BOUND | = | 3000    | 人       | 3000     | 人
            ≈95%                   | BOUND | = | 95      | %        | 0.95     | 比率
            1.5万户                | BOUND | = | 1.5     | 万户     | 15000    | 户
            2万个                  | BOUND | = | 2       | 万个     | 20000    | 个
            0.5亿元                | BOUND | = | 0.5     | 亿元     | 50000000 | 元
            500千元                | BOUND | = | 500     | 千元     | 500000   | 元
            5‰                     | BOUND | = | 5       | ‰        | 0.005    | 比率
            ≤3‰                    | BOUND | ≤ | 3       | ‰        | 0.003    | 比率
            1200㎡                 | BOUND | = | 1200    | ㎡       | 1200     | 平方米
            1200m²                 | BOUND | = | 1200    | m²       | 1200     | 平方米
            12.5公里               | BOUND | = | 12.5    | 公里     | 12500    | 米
            800元/人·月            | BOUND | = | 800     | 元/人·月 | 800      | 元/人·月
            ≥1.2万元/人            | BOUND | ≥ | 1.2     | 万元/人  | 12000    | 元/人
            10个工作日内办结       | BOUND | ≤ | 10      | 个工作日 | 10       | 工作日
            24小时内               | BOUND | ≤ | 24      | 小时     | 1440     | 分钟
            30分钟                 | BOUND | = | 30      | 分钟     | 30       | 分钟
            3年                    | BOUND | = | 3       | 年       | 36       | 月
            ≥2个百分点             | BOUND | ≥ | 2       | 个百分点 | 2        | 百分点
            12套                   | BOUND | = | 12      | 套       | 12       | 套
            3辆                    | BOUND | = | 3       | 辆       | 3        | 辆
            5台                    | BOUND | = | 5       | 台       | 5        | 台
            2所                    | BOUND | = | 2       | 所       | 2        | 所
            6批                    | BOUND | = | 6       | 批       | 6        | 批
            4篇                    | BOUND | = | 4       | 篇       | 4        | 篇
            200本                  | BOUND | = | 200     | 本       | 200      | 本
            1,200,000元            | BOUND | = | 1200000 | 元       | 1200000  | 元
            9,853.12万元           | BOUND | = | 9853.12 | 万元     | 98531200 | 元
            +5%                    | BOUND | = | 5       | %        | 0.05     | 比率
            ≥-5%                   | BOUND | ≥ | -5      | %        | -0.05    | 比率
            0起                    | BOUND | = | 0       | 起       | 0        | 起
            安全事故0起            | BOUND | = | 0       | 起       | 0        | 起
            最低工资标准1700元/月  | BOUND | = | 1700    | 元/月    | 1700     | 元/月
            质量达标率≥95%         | BOUND | ≥ | 95      | %        | 0.95     | 比率
            85%-95%之间            | RANGE |   | 85      | %        | 0.85     | 比率
            85%至95%               | RANGE |   | 85      | %        | 0.85     | 比率
            85%到95%               | RANGE |   | 85      | %        | 0.85     | 比率
            3.5-4.5                | RANGE |   | 3.5     | ''       | 3.5      | ''
            1万-2万人              | RANGE |   | 1       | 万人     | 10000    | 人
            -5%~-3%                | RANGE |   | -5      | %        | -0.05    | 比率
            在80%~90%之间          | RANGE |   | 80      | %        | 0.8      | 比率
            90%（含）-100%         | RANGE |   | 90      | %        | 0.9      | 比率
            ≥95%（含）             | BOUND | ≥ | 95      | %        | 0.95     | 比率
            ＞＝90％               | BOUND | ≥ | 90      | %        | 0.9      | 比率
            ９５．５％             | BOUND | = | 95.5    | %        | 0.955    | 比率
            '\t90%;'              | BOUND | = | 90      | %        | 0.9      | 比率
            ≥ 3 次/年              | BOUND | ≥ | 3       | 次/年    | 3        | 次/年
            1.5万元/人             | BOUND | = | 1.5     | 万元/人  | 15000    | 元/人
            """)
    void reads(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            按时足额发放        | QUALITATIVE | | | | |
            应保尽保            | QUALITATIVE | | | | |
            零差错              | QUALITATIVE | | | | |
            显著提升            | QUALITATIVE | | | | |
            不适用              | QUALITATIVE | | | | |
            无                  | QUALITATIVE | | | | |
            较上年有所提高      | QUALITATIVE | | | | |
            不低于上年          | QUALITATIVE | | | | |
            合格                | QUALITATIVE | | | | |
            三个月内            | QUALITATIVE | | | | |
            """)
    void readsPhrases(
        String text,
        TargetValue.Kind kind,
        String comparison,
        String value,
        String unit,
        String baseValue,
        String baseUnit) {
      assertReads(text, kind, comparison, value, unit, baseValue, baseUnit);
    }
  }

  /** Text that would need a guess is returned unread, with the reason. */
  @Nested
  class Unreadable {

    @ParameterizedTest(name = "“{0}”: {1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            ''                   | 空值
            '   '                | 空值
            '\\n'                | 空值
            /                    | 空值（只有占位符“/”）
            —                    | 空值（只有占位符“-”）
            5人、6人             | 两个数值之间没有范围分隔符
            90% 100%             | 两个数值之间没有范围分隔符
            1.2.3                | 数值格式错误
            1-2-3                | 含有多个数值
            95%以上，较上年提高2个百分点 | 两个数值之间没有范围分隔符
            1、2、3项            | 含有多个数值
            ≥90%以下             | 比较符号相互矛盾
            >5%以内              | 比较符号相互矛盾
            =100%以上            | 比较符号相互矛盾
            较上年提高5%         | 相对变化
            比上年增长10%        | 相对变化
            低于上年5%           | 相对变化
            同比下降3个百分点    | 相对变化
            提前5天              | 相对变化
            不低于全省平均水平90% | 相对变化
            17个镇（街道）       | 无法识别的单位或附加文字
            90%较好              | 无法识别的单位或附加文字
            100人/               | 无法识别的单位或附加文字
            5人,6人              | 两个数值之间没有范围分隔符
            “311”就业服务全覆盖  | 无法识别的单位或附加文字
            %90                  | 数值前有无法识别的文字
            满意率不低于上级要求的90% | 比较词“不低于”与数值之间有无法识别的文字
            未90%                | 否定词
            ≥80%-90%             | 区间前不能再加比较词
            80%-90%以上          | 区间两端不能再加
            90%-80%              | 区间下限大于上限
            1人-2人次            | 区间两端单位不可比
            90%之间              | “之间”需要两个数值
            ≤ 万元               | 有比较符号但没有数值
            ≥%                   | 有比较符号但没有数值
            .5                   | 数值前有无法识别的文字
            5.                   | 无法识别的单位或附加文字“.”
            """)
    void explainsWhy(String text, String reason) {
      assertUnparsed(text, reason);
    }

    @Test
    void nullIsEmpty() {
      assertUnparsed(null, "空值");
    }
  }
}
