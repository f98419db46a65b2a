package org.jixiao.audit;

import java.math.BigDecimal;
import org.jixiao.quantity.Unit;

/**
 * 正文数字 — one figure read from a sentence with what it is a figure of: {@code 公务接待费预算28万元} is the
 * subject {@code 公务接待}, the measure {@link Measure#BUDGET}, the value 28 in 万元.
 *
 * @param printed the figure as printed, spaces removed ({@code 28万元}, {@code 4.6万人次})
 * @param value the number as written (its scale is the printed precision)
 * @param unit the unit as written, magnitude included ({@code 万元}, {@code %})
 * @param label the words the figure is a figure of, as printed ({@code 公务接待费预算})
 * @param subject the label reduced to what is counted ({@code 公务接待}); empty when nothing is left
 * @param qualifier what the figure is part of: the subject of a total it is listed under ({@code
 *     其中：…}), or of a list heading; {@code null} for a free-standing figure
 * @param base for a {@link Kind#COMPLETION} percentage, the figure it is the completion rate of
 * @param sentence the sentence the figure stands in, as printed
 * @param sentenceIndex the sentence's place in its text (0-based)
 * @param offset where the figure starts in the sentence
 */
record NarrativeFigure(
    String printed,
    BigDecimal value,
    Unit unit,
    String label,
    String subject,
    Measure measure,
    Kind kind,
    String qualifier,
    NarrativeFigure base,
    String sentence,
    int sentenceIndex,
    int offset) {

  /** 口径 — which figure of an amount the words name. */
  enum Measure {
    /** 年初预算 */
    INITIAL,
    /** 全年预算 / 调整后预算 */
    FULL_YEAR,
    /** 预算 — without saying 年初 or 全年 */
    BUDGET,
    /** 调整 / 追加 */
    ADJUSTMENT,
    /** 决算 / 实际支出 / 执行 */
    ACTUAL,
    /** 上年 */
    LAST_YEAR,
    /** no measure word: a count, a rate, or an amount stated plainly */
    NONE
  }

  /** What kind of statement the figure makes. */
  enum Kind {
    /** a level: {@code 在编人员36人}, {@code 结案率95%} */
    LEVEL,
    /** {@code 完成目标任务的149%}: a completion percentage of {@link #base()} */
    COMPLETION,
    /** a change against something else: {@code 较预算减少10.92万元}, {@code 增长149.91%} */
    CHANGE,
    /** a share of a total: {@code 占79.79%} */
    SHARE,
    /** a bound or an approximate figure: {@code 95%以上}, {@code 900余万元}, {@code 约3000人} */
    BOUND,
    /** a figure of a {@code 分别为} list, or one whose label could not be read */
    UNREAD,
    /** a figure of another year ({@code 2019年收入}) */
    OTHER_YEAR
  }

  boolean isPercent() {
    return unit.isRatio();
  }

  boolean isMoney() {
    return "元".equals(unit.baseSymbol());
  }

  /** A count of people, cases, items … (not money, not a rate). */
  boolean isCount() {
    return !isPercent() && !isMoney();
  }

  /** The value in the unit's base ({@code 4.6万人次} → 46000). */
  BigDecimal baseValue() {
    return value.multiply(unit.factor());
  }

  /** The sentence around the figure, shortened for a message. */
  String excerpt() {
    String s = sentence;
    int from = Math.max(0, offset - 24);
    int to = Math.min(s.length(), offset + printed.length() + 14);
    String cut = s.substring(from, to).strip();
    return (from > 0 ? "…" : "") + cut + (to < s.length() ? "…" : "");
  }

  /**
   * The clause before the figure's own, when it holds no figure: what the figure is for ({@code
   * 为两家小微企业吸纳高校毕业生就业，发放社保补贴1.98万元}). Empty when there is none, or only a date.
   */
  String context() {
    int own = lastMark(sentence, offset);
    if (own <= 0) {
      return "";
    }
    int before = lastMark(sentence, own);
    String clause = sentence.substring(before < 0 ? 0 : before + 1, own);
    if (clause.chars().anyMatch(Character::isDigit) && !clause.matches(".*\\d{4}\\s*年.*")) {
      return "";
    }
    String c =
        NarrativeLabels.clean(clause)
            .replaceAll("\\d{4}年(?:度)?(?:以来|全年|底|末)?", "")
            .replaceAll("^(?:截至|截止)到?(?:目前)?|^(?:目前|同时|另外|此外|其中|具体情况如下|具体如下)", "");
    return c.chars().anyMatch(Character::isDigit) ? "" : c;
  }

  /** The part of the sentence, between semicolons, that the figure stands in. */
  String segment() {
    int from = Math.max(sentence.lastIndexOf('；', offset), sentence.lastIndexOf(';', offset)) + 1;
    int to = sentence.length();
    for (int i = offset; i < sentence.length(); i++) {
      if (sentence.charAt(i) == '；' || sentence.charAt(i) == ';') {
        to = i;
        break;
      }
    }
    return sentence.substring(from, to);
  }

  private static int lastMark(String s, int before) {
    for (int i = Math.min(before, s.length()) - 1; i >= 0; i--) {
      if ("，,；;：:".indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The same figure, part of another total or list. */
  NarrativeFigure withQualifier(String newQualifier) {
    return new NarrativeFigure(
        printed,
        value,
        unit,
        label,
        subject,
        measure,
        kind,
        newQualifier,
        base,
        sentence,
        sentenceIndex,
        offset);
  }

  /** The same figure, of the subject the figure before it in the sentence is of. */
  NarrativeFigure withSubject(String newSubject, String newQualifier) {
    return new NarrativeFigure(
        printed,
        value,
        unit,
        label,
        newSubject,
        measure,
        kind,
        newQualifier,
        base,
        sentence,
        sentenceIndex,
        offset);
  }

  NarrativeFigure withMeasure(Measure newMeasure) {
    return new NarrativeFigure(
        printed,
        value,
        unit,
        label,
        subject,
        newMeasure,
        kind,
        qualifier,
        base,
        sentence,
        sentenceIndex,
        offset);
  }

  /** A completion rate of the count before it. */
  NarrativeFigure completing(NarrativeFigure count) {
    return new NarrativeFigure(
        printed,
        value,
        unit,
        label,
        count.subject(),
        Measure.NONE,
        Kind.COMPLETION,
        count.qualifier(),
        count,
        sentence,
        sentenceIndex,
        offset);
  }

  /** A figure whose words could not be read well enough to compare it with anything. */
  NarrativeFigure unread() {
    return new NarrativeFigure(
        printed,
        value,
        unit,
        label,
        "",
        measure,
        Kind.UNREAD,
        qualifier,
        null,
        sentence,
        sentenceIndex,
        offset);
  }
}
