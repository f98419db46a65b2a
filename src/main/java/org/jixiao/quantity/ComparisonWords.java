package org.jixiao.quantity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 比较用语 — the words officials put around a number to say which way it binds.
 *
 * <p>Following 《民法典》第一千二百五十九条, {@code 以上}, {@code 以下} and {@code 以内} include the number itself
 * ({@code 90%以上} is ≥ 90%), while {@code 超过} and {@code 不满} do not. {@code 余} and {@code 多} ({@code
 * 900余万元}) mean "more than" and read as {@code >}.
 */
final class ComparisonWords {

  /** Words that may stand right before a number: {@code ≥}, {@code 不低于}, {@code 达}, {@code 超}. */
  static final Map<String, Comparison> BEFORE_NUMBER = new LinkedHashMap<>();

  /**
   * Words that may open a text and still bind the number after a subject. Single characters (达, 超)
   * and 最高 / 最低 are left out: they begin ordinary nouns ({@code 超市}, {@code 最低工资标准}).
   */
  static final Map<String, Comparison> OPENING = new LinkedHashMap<>();

  /** Words after the unit: {@code 以上}, {@code 以内}, {@code 内}. */
  static final Map<String, Comparison> AFTER_UNIT = new LinkedHashMap<>();

  static final List<String> APPROXIMATE_BEFORE =
      List.of("约", "大约", "约为", "约合", "约计", "近", "将近", "接近", "大概", "预计", "≈");

  static final List<String> APPROXIMATE_AFTER = List.of("左右", "上下");

  /** Filler that changes nothing: {@code 为100%}, {@code 均达98%}, {@code 在3%以内}. */
  static final List<String> NEUTRAL =
      List.of("为", "是", "在", "共", "计", "合计", "共计", "累计", "总计", "均", "均为", "已", "了");

  /** Verbs after a value or a deadline: {@code 30天内完成}, {@code 100%完成}, {@code 6月底前到位}. */
  static final List<String> COMPLETION =
      List.of("完成", "办结", "完工", "完毕", "到位", "发放", "支付", "拨付", "兑现", "落实", "实现", "达标", "结案", "办理");

  /**
   * Nouns that rename the number after them ({@code 控制在预算金额9853.12万元内}): an operator may stand
   * before them and still bind the number.
   */
  static final List<String> APPOSITIVES =
      List.of("预算金额", "预算数", "预算", "金额", "标准", "目标值", "指标值", "目标", "计划数");

  /**
   * Words that make the number relative to something not given ({@code 较上年提高5%}, {@code 低于上年5%}):
   * reading the number alone would be a guess.
   */
  static final List<String> RELATIVE =
      List.of(
          "较", "比上", "比去", "比往", "相比", "对比", "同比", "环比", "上年", "去年", "上一年", "同期", "往年", "基期", "平均",
          "增长", "增加", "增幅", "增速", "减少", "下降", "降低", "降幅", "减幅", "提高", "提升", "上升", "提前", "缩短", "延长",
          "推迟", "节约", "节省", "翻番");

  static {
    before(Comparison.GE, "≥", "不低于", "不少于", "不小于", "不得低于", "不得少于", "不应低于");
    before(Comparison.GE, "大于等于", "大于或等于", "高于或等于", "至少", "最少", "最低", "达到", "达");
    before(Comparison.GT, ">", "高于", "大于", "多于", "超过", "超出", "超");
    before(Comparison.EQ, "=", "等于");
    before(Comparison.LT, "<", "低于", "小于", "少于", "不足", "不满", "未达到", "未达", "不到");
    before(Comparison.LE, "≤", "不超过", "不高于", "不多于", "不大于", "不得超过", "不得高于");
    before(Comparison.LE, "不应超过", "未超过", "不突破", "小于等于", "小于或等于", "低于或等于");
    before(Comparison.LE, "至多", "最多", "最高", "控制在", "控制于", "控制到");
    BEFORE_NUMBER.forEach(
        (word, comparison) -> {
          boolean ambiguous = word.length() == 1 && !isSymbol(word) || word.startsWith("最");
          if (!ambiguous) {
            OPENING.put(word, comparison);
          }
        });
    after(Comparison.GE, "及以上", "或以上", "以上");
    after(Comparison.LE, "及以下", "或以下", "以下", "及以内", "以内", "之内", "范围内", "内");
  }

  private ComparisonWords() {}

  /** The longest word of {@code words} that {@code text} ends with. */
  static Optional<String> longestEnding(String text, Iterable<String> words) {
    String best = null;
    for (String word : words) {
      if (text.endsWith(word) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest word of {@code words} that {@code text} starts with. */
  static Optional<String> longestOpening(String text, Iterable<String> words) {
    String best = null;
    for (String word : words) {
      if (text.startsWith(word) && (best == null || word.length() > best.length())) {
        best = word;
      }
    }
    return Optional.ofNullable(best);
  }

  static boolean isSymbol(String word) {
    return word.length() == 1 && "≥>=<≤".contains(word);
  }

  private static void before(Comparison comparison, String... words) {
    for (String word : words) {
      BEFORE_NUMBER.put(word, comparison);
    }
  }

  private static void after(Comparison comparison, String... words) {
    for (String word : words) {
      AFTER_UNIT.put(word, comparison);
    }
  }
}
