package org.jixiao.audit;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.budget.Indicator;

/**
 * 说明文字的识别 — whether a report gives a reason: for a deduction (a deficiency named in the indicator's
 * own text) or for low budget execution (a sentence about execution that says why). The vocabulary
 * is deliberately narrow: a word that only looks like a reason ("存在的问题" in a list of duties) must
 * not silence a finding, and a real reason uses one of these words.
 */
final class ScoreTexts {
  private ScoreTexts() {}

  /** Words that name a shortcoming: 未有细化的工作计划, 存在不足, 扣 1 分 … */
  private static final Pattern DEFICIENCY =
      Pattern.compile(
          "未有|未能|未按|未及时|未张贴|未完成|未达到|未达成|未实现|未建立|未制定|未落实|未细化|未明确|未设置|未开展"
              + "|不足|欠缺|不够|有待|偏低|偏高|滞后|不完善|不规范|不到位|不健全|不合理|不及时|不充分|不明确"
              + "|缺少|缺乏|存在问题|存在差距|扣分|扣除|扣\\s*[0-9]");

  /** Words that place a sentence in budget execution. */
  private static final Pattern EXECUTION =
      Pattern.compile("执行率|执行进度|预算执行|支出进度|支付进度|执行缓慢|资金执行|未支出|未使用|未执行|结转结余|结余资金");

  /** Words that give a cause ("执行率较低" alone restates the figure, it does not explain it). */
  private static final Pattern CAUSE = Pattern.compile("原因|由于|因为|导致|致使|主要是|系因|受.{0,12}影响");

  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]+");

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** The report's 偏差原因分析及改进措施 for this row, if it wrote one. */
  static boolean hasDeviationReason(Indicator i) {
    return !isBlank(i.deviationReason());
  }

  /**
   * Whether the row's own text names why points were taken off: a deviation reason, or a
   * shortcoming in the evaluator's conclusion — the sentence before "根据评分规则/标准…" (or the last one),
   * where evaluators give it. Earlier sentences describe the work ("清理未建立认证模板退休人员") and are not
   * read; the printed scoring standard is taken out ("非常差扣 1 分" is not a reason).
   */
  static boolean namesDeduction(Indicator i) {
    if (hasDeviationReason(i)) {
      return true;
    }
    String analysis = i.analysis() == null ? "" : i.analysis();
    if (!isBlank(i.criterion())) {
      analysis = analysis.replace(i.criterion().strip(), "");
    }
    int rule = analysis.lastIndexOf("根据评分");
    if (rule >= 0) {
      analysis = analysis.substring(0, rule);
    }
    List<String> sentences = sentences(analysis);
    return !sentences.isEmpty() && DEFICIENCY.matcher(sentences.get(sentences.size() - 1)).find();
  }

  /**
   * Whether the text explains budget execution: a sentence about execution that gives a cause, or
   * whose next sentence does ("存在专项资金预算执行进度缓慢的问题。由于 … 导致 …").
   */
  static boolean explainsExecution(String text) {
    if (isBlank(text)) {
      return false;
    }
    List<String> s = sentences(text);
    for (int n = 0; n < s.size(); n++) {
      if (!EXECUTION.matcher(s.get(n)).find()) {
        continue;
      }
      if (CAUSE.matcher(s.get(n)).find()
          || (n + 1 < s.size() && CAUSE.matcher(s.get(n + 1)).find())) {
        return true;
      }
    }
    return false;
  }

  static List<String> sentences(String text) {
    return Arrays.stream(SENTENCE_END.split(text)).filter(s -> !s.isBlank()).toList();
  }

  /** A short quotation of a long text for a message. */
  static String quote(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max) + "…";
  }
}
