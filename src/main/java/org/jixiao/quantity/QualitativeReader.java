package org.jixiao.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 定性指标值的读取 — a phrase without digits, and the direction it may point in.
 *
 * <p>{@code 不超过预算投入} → ≤ against {@code 预算投入}; {@code 控制在省定目标之内} → ≤ against {@code 省定目标}; {@code
 * 较上年下降} → &lt; against {@code 上年}. Everything else ({@code 按时发放}, {@code 逐步提高}, {@code 三区两通道}) is
 * a phrase with no direction.
 */
final class QualitativeReader {

  private static final Pattern AGAINST =
      Pattern.compile(
          "(不超过|不高于|不多于|不大于|未超过|不突破|控制在|低于|少于|小于|不低于|不少于|不小于|高于|多于|大于|超过|达到|等于)"
              + "了?(.+?)(以内|之内|内|以下|以上)?");

  private static final Pattern CHANGE =
      Pattern.compile(
          "(?:较|比|与)(.+?)(?:同期)?(?:相比)?(?:有所|明显|大幅|进一步|持续|逐步|稳步)?"
              + "(下降|降低|减少|缩小|缩短|提高|提升|增长|增加|上升|扩大|持平)");

  private QualitativeReader() {}

  static Qualitative read(String original, String text) {
    String phrase = TextNormalizer.phrase(original);
    Matcher against = AGAINST.matcher(text);
    if (against.matches()) {
      Comparison direction = ComparisonWords.BEFORE_NUMBER.get(against.group(1));
      return new Qualitative(original, phrase, direction, against.group(2));
    }
    Matcher change = CHANGE.matcher(text);
    if (change.lookingAt()) {
      return new Qualitative(original, phrase, directionOf(change.group(2)), change.group(1));
    }
    return Qualitative.of(original, phrase);
  }

  private static Comparison directionOf(String verb) {
    return switch (verb) {
      case "下降", "降低", "减少", "缩小", "缩短" -> Comparison.LT;
      case "持平" -> Comparison.EQ;
      default -> Comparison.GT;
    };
  }
}
