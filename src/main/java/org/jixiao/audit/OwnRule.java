package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.quantity.Comparison;
import org.jixiao.scoring.Ratios;

/**
 * 报告自述的达标规则 — a threshold the report itself states for an indicator, read from its 评分标准 text:
 * "结转结余变动率小于 10%，分值 1 分", "预算完成率大于 90%，分值 2 分", "≥95%得满分".
 *
 * <p>Read only when unambiguous: exactly one sentence of the text has exactly one comparison with a
 * percentage, and that sentence ties it to full marks ("满分", or "分值 N 分" with N the indicator's
 * weight). Sentences with steps, deductions, ranges or "otherwise" clauses are not read.
 *
 * @param threshold the percentage as a ratio (10% → 0.10)
 * @param sentence the sentence as printed
 */
record OwnRule(Comparison comparison, BigDecimal threshold, String sentence) {

  private static final Pattern THRESHOLD =
      Pattern.compile(
          "(大于等于|小于等于|不低于|不高于|不少于|不小于|不大于|不超过|大于|小于|高于|低于|超过|达到|>=|<=|≥|≤|>|<|＞|＜)"
              + "\\s*([-−]?[0-9]+(?:\\.[0-9]+)?)\\s*[%％]");
  private static final Pattern POINTS = Pattern.compile("分值\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分");
  private static final Pattern AMBIGUOUS =
      Pattern.compile("每|扣|否则|酌情|按比例|以上|以下|之间|[0-9]\\s*[%％]?\\s*[-－～~—至]\\s*[0-9]");
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;\\n]+");

  /** The single threshold rule the text states for an indicator of {@code weight} points. */
  static Optional<OwnRule> read(String text, BigDecimal weight) {
    if (text == null || text.isBlank() || weight == null) {
      return Optional.empty();
    }
    List<OwnRule> found = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      Matcher m = THRESHOLD.matcher(sentence);
      if (!m.find()) {
        continue;
      }
      Comparison c = comparison(m.group(1));
      BigDecimal percent = new BigDecimal(m.group(2).replace('−', '-'));
      if (m.find() || AMBIGUOUS.matcher(sentence).find() || !fullMarks(sentence, weight)) {
        return Optional.empty();
      }
      found.add(new OwnRule(c, percent.movePointLeft(2), sentence.strip()));
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** Whether a value meets the threshold. */
  boolean admits(BigDecimal value) {
    return comparison.acceptsComparisonResult(value.compareTo(threshold));
  }

  /** 小于 10%. */
  String describe() {
    return comparison.label() + " " + Ratios.percent(threshold);
  }

  private static boolean fullMarks(String sentence, BigDecimal weight) {
    if (sentence.contains("满分")) {
      return true;
    }
    Matcher m = POINTS.matcher(sentence);
    return m.find() && new BigDecimal(m.group(1)).compareTo(weight) == 0;
  }

  private static Comparison comparison(String word) {
    return switch (word) {
      case "大于", "高于", "超过", ">", "＞" -> Comparison.GT;
      case "大于等于", "不低于", "不少于", "不小于", "达到", ">=", "≥" -> Comparison.GE;
      case "小于", "低于", "<", "＜" -> Comparison.LT;
      default -> Comparison.LE;
    };
  }
}
