package org.jixiao.quantity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 指标值解析器 — reads a 年度指标值 or 实际完成值 as officials write it into a {@link TargetValue}.
 *
 * <p>Stateless and thread-safe. The same reading serves targets and actuals.
 *
 * <h2>What is read, and how</h2>
 *
 * <ol>
 *   <li><b>Spelling is folded first</b>: full-width digits and signs ({@code ９０％}, {@code ＞},
 *       {@code ＝}, {@code －}, {@code ～}), ⩾/⩽, {@code >=}/{@code <=}, dashes, all whitespace and
 *       line breaks ({@code ≥\n95%}), thousands separators ({@code 1,234人}).
 *   <li><b>Empty</b> text or a lone placeholder ({@code /}, {@code -}) is {@link Unparsed} {@code
 *       空值}.
 *   <li><b>Dates and deadlines</b> are {@link Bound}s in time: {@code 2023年内} and {@code 2023年底前}
 *       are {@code ≤ 20231231} in unit {@code 日期}; {@code 12月31日前完成} is {@code ≤ 1231} and {@code
 *       6月底前} is {@code ≤ 630} in unit {@code 月日} (no year written); {@code 一季度}, {@code 上半年},
 *       {@code 年底前} likewise. {@code 前}/{@code 内} give {@code ≤}; a bare date gives {@code =}.
 *       {@code 2023年} alone and {@code 6月前} are ambiguous and stay unread.
 *   <li><b>No digit</b>: a {@link Qualitative} phrase ({@code 按时发放}, {@code 稳定}, {@code 完成}).
 *       {@code 不超过预算投入} is qualitative with direction {@code ≤} and reference {@code 预算投入}: the
 *       reference has no number here and none is invented.
 *   <li><b>One number</b>: a {@link Bound}. Operators come from signs ({@code ≥ > = < ≤}) or words
 *       before the number ({@code 不低于}, {@code 不超过}, {@code 控制在}, {@code 达到}, {@code 超过}, {@code
 *       不足}) or after the unit ({@code 以上}, {@code 及以上}, {@code 以下}, {@code 以内}, {@code 内}). Per
 *       《民法典》第1259条 {@code 以上/以下/以内} include the number. {@code 余}/{@code 多} ({@code 4.9万余人}) read
 *       as {@code >}. Operators that disagree ({@code ≥90%以下}) make it unread. A subject before the
 *       number is allowed and ignored ({@code 城镇登记失业率控制在3.8%以内}), unless it makes the number
 *       relative ({@code 较上年提高5%}, {@code 低于上年5%}): that is unread.
 *   <li><b>No operator</b>: a plain value is a Bound {@code =} with {@code explicit = false} — an
 *       exact value ({@link Bound#isExactValue()}). A plain actual {@code 90%} is read this way; an
 *       actual {@code ≥95%} keeps its {@code ≥} so the audit can flag it ({@link
 *       Bound#isInequality()}).
 *   <li><b>Approximate values</b> ({@code 约3000人}, {@code 近1200件}, {@code 3000人左右}) are read at
 *       their face value with {@code approximate = true}; the comparison stays what was written
 *       ({@code =} if nothing).
 *   <li><b>Two numbers</b> with a separator ({@code -}, {@code ～}, {@code 至}, {@code 到}): a {@link
 *       Range}; a unit written once serves both ends ({@code 90-100%}). Two numbers without one, or
 *       more than two, are unread.
 *   <li><b>Units</b>: see {@link Unit#read(String)}; an unknown word after a number ({@code 3个县})
 *       becomes its own unit, but punctuation or digits after the unit make the text unread.
 * </ol>
 */
public final class QuantityParser {

  private static final Pattern PLACEHOLDER = Pattern.compile("[-/\\\\_.…*~]+");

  /**
   * Reads one cell.
   *
   * @param text the cell as printed; {@code null} is read as empty
   * @return never null; {@link Unparsed} with a Chinese reason when it cannot be read without a
   *     guess
   */
  public TargetValue parse(String text) {
    String original = text == null ? "" : text;
    String normalised = TextNormalizer.normalise(original);
    if (normalised.isEmpty()) {
      return new Unparsed(original, "空值");
    }
    if (PLACEHOLDER.matcher(normalised).matches()) {
      return new Unparsed(original, "空值（只有占位符“" + normalised + "”）");
    }
    Optional<TargetValue> deadline = DeadlineReader.read(original, normalised);
    if (deadline.isPresent()) {
      return deadline.get();
    }
    if (normalised.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      // ≤ 万元 is a template cell left unfilled, not a phrase.
      return normalised.matches(".*[≥≤<>=≈].*")
          ? new Unparsed(original, "有比较符号但没有数值")
          : QualitativeReader.read(original, normalised);
    }
    return QuantitativeReader.read(original, normalised);
  }
}
