package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.audit.NarrativeFigure.Measure;
import org.jixiao.quantity.Unit;

/**
 * 正文数字提取 — reads every figure of a text with its label: {@code 2024年公务接待费预算28万元} gives the figure
 * 28万元 of 公务接待 (预算); {@code 已完成 4.6 万人次各项人事考试} gives 4.6万人次 of 完成各项人事考试.
 *
 * <p>How a label is found: the words before the number back to the previous figure or a clause mark
 * (，、；：), skipping a bracket without digits ({@code 因公出国（境）费用}); when those words are only a verb,
 * the words after the unit. Figures listed after a total ({@code 其中：}, {@code 包括}, a bracket) or
 * under a list heading ({@code 按经济科目划分，…分别为：}) carry that total or heading as their qualifier, so a
 * 工资福利支出 of 基本支出 is never compared with one of 项目支出. A heading that says nothing ({@code 具体情况如下：})
 * takes the section heading instead.
 */
final class NarrativeFigures {

  private static final String UNITS =
      "个百分点|百分点|%|‰|人次|户次|平方米|批次|人(?![力才社民事口群员均工们体类性格])|元(?!旦|素|件)|户(?!籍)|家(?!庭)"
          + "|件|起(?!草|到|来|步)|份(?!额)|个(?![人体别性])|名(?![单称义])|场|项(?!目)|条(?![例件])|次|台(?!账)|辆|册|批(?![复准])|套|篇|宗|笔";

  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![0-9A-Za-z.．_\\\\])(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)"
              + "\\s*(?<mag>万亿|亿|万|千)?\\s*(?<approx>余|多)?\\s*(?<unit>"
              + UNITS
              + ")(?<per>/[月年人日天次户])?(?<after>以上|以下|以内|左右|余|多)?");

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?\\n]");
  private static final Pattern LIST_AFTER_TOTAL = Pattern.compile("其中|包括|具体为|主要用于");

  private final int year;
  private final String agency;

  /**
   * @param year the evaluated year (a figure labelled with another year is not read as this year's)
   * @param agency the reporting unit's name, which says nothing about what a figure counts
   */
  NarrativeFigures(int year, String agency) {
    this.year = year;
    this.agency = agency;
  }

  /** Every figure of a text, sentence by sentence. */
  List<NarrativeFigure> read(String text) {
    return read(text, null);
  }

  /**
   * @param heading the heading of the section the text stands under, for list headings that say
   *     nothing themselves ({@code 具体情况如下：})
   */
  List<NarrativeFigure> read(String text, String heading) {
    List<NarrativeFigure> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String folded = NarrativeClauses.fold(text);
    Matcher ends = SENTENCE_END.matcher(folded);
    int start = 0;
    int index = 0;
    while (start < folded.length()) {
      int end = ends.find(start) ? ends.end() : folded.length();
      out.addAll(sentence(folded.substring(start, end), index++, heading));
      start = end;
    }
    return out;
  }

  private List<NarrativeFigure> sentence(String s, int index, String heading) {
    List<NarrativeFigure> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(s);
    int previousEnd = 0;
    String listHeading = null;
    String total = null;
    String bracket = null;
    Measure inherited = null;
    NarrativeFigure previous = null;
    boolean startsWithQizhong = s.strip().startsWith("其中");
    while (m.find()) {
      String gap = s.substring(previousEnd, m.start());
      if (gap.contains("；") || gap.contains(";")) {
        total = null; // 其中 lists end with their clause
        inherited = null;
      }
      if (bracket != null && NarrativeClauses.closesBracket(gap)) {
        bracket = null;
      }
      if (previous != null && NarrativeClauses.opensBracket(gap)) {
        bracket = previous.subject();
      } else if (!out.isEmpty() && total == null && LIST_AFTER_TOTAL.matcher(gap).find()) {
        // the items of a total belong to it, even to a total whose words could not be read
        NarrativeFigure head = out.get(out.size() - 1);
        total = head.subject().isEmpty() ? "#" + head.label() : head.subject();
        inherited = head.measure() == Measure.NONE ? null : head.measure();
      } else if (out.isEmpty()) {
        listHeading = listHeading(s.substring(0, m.start()), heading);
      }
      NarrativeFigure figure =
          figure(s, m, NarrativeClauses.labelBefore(s, previousEnd, m.start()), index);
      if (figure.kind() == Kind.LEVEL && figure.subject().isEmpty()) {
        figure = inherit(figure, previous, inherited);
      }
      if (figure.kind() == Kind.LEVEL && figure.measure() == Measure.NONE && inherited != null) {
        figure = figure.isMoney() ? figure.withMeasure(inherited) : figure;
      }
      String q = bracket != null ? bracket : total != null ? total : listHeading;
      if (startsWithQizhong) {
        q = "其中：" + (out.isEmpty() ? figure.subject() : out.get(0).subject());
      } else if (q == null && isRelative(figure.subject())) {
        // 本年收入合计、年末结转和结余 are the sentence topic's, not free-standing
        q =
            out.isEmpty()
                ? NarrativeLabels.heading(heading == null ? "" : heading, agency)
                : out.get(0).subject();
        if (q.isEmpty()) {
          figure = figure.unread();
        }
      }
      figure = figure.withQualifier(q);
      if (figure.kind() == Kind.COMPLETION) {
        figure = completion(figure, out);
      }
      if (NarrativeClauses.isEnumerated(s, m.end())) {
        figure = figure.unread(); // 339.54万人、45.36万人、25.2万人: whose is which is not said
      }
      out.add(figure);
      if (figure.kind() == Kind.LEVEL) {
        previous = figure;
      }
      previousEnd = m.end();
    }
    return out;
  }

  /** Subjects that name an account of some fund or unit, not a quantity of their own. */
  private static boolean isRelative(String subject) {
    return subject.startsWith("本年")
        || subject.startsWith("年初")
        || subject.startsWith("年末")
        || subject.startsWith("当年")
        || subject.startsWith("期初")
        || subject.startsWith("期末")
        || subject.startsWith("结转")
        || subject.startsWith("收支结余");
  }

  private NarrativeFigure figure(String s, Matcher m, String before, int index) {
    String unitText = (m.group("mag") == null ? "" : m.group("mag")) + m.group("unit");
    if (m.group("per") != null) {
      unitText += m.group("per");
    }
    Unit unit = Unit.read(unitText).orElse(Unit.NONE);
    BigDecimal value = new BigDecimal(m.group("num").replace(",", ""));
    boolean bound = m.group("approx") != null || m.group("after") != null;
    NarrativeLabels.Reading reading = NarrativeLabels.read(before, year, unit.isRatio(), agency);
    if (reading.kind() == Kind.LEVEL
        && (reading.subject().isEmpty() || NarrativeLabels.VERBS.contains(reading.subject()))
        && reading.measure() == Measure.NONE) {
      String after = NarrativeClauses.labelAfter(s, m.end());
      if (!after.isEmpty()) {
        NarrativeLabels.Reading both =
            NarrativeLabels.read(before + after, year, unit.isRatio(), agency);
        if (both.kind() == Kind.LEVEL && !both.subject().isEmpty()) {
          reading = both;
          before = before + "…" + after;
        }
      }
    }
    Kind kind = bound && reading.kind() != Kind.OTHER_YEAR ? Kind.BOUND : reading.kind();
    String printed = m.group().replaceAll("\\s", "");
    return new NarrativeFigure(
        printed,
        value,
        unit,
        NarrativeLabels.clean(before).replaceFirst("^[、，,；;：:]+", ""),
        reading.subject(),
        reading.measure(),
        kind,
        null,
        null,
        s,
        index,
        m.start());
  }

  /** A measure word alone ({@code 年中调整追加839.11万元}) speaks of the figure before it. */
  private static NarrativeFigure inherit(
      NarrativeFigure f, NarrativeFigure previous, Measure inherited) {
    if (previous == null || (f.measure() == Measure.NONE && inherited == null)) {
      return f.unread();
    }
    return f.withSubject(previous.subject(), previous.qualifier());
  }

  /** {@code 创业培训447人，完成目标任务的149%}: the rate belongs to the count before it. */
  private static NarrativeFigure completion(NarrativeFigure f, List<NarrativeFigure> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      NarrativeFigure b = before.get(i);
      if (b.kind() == Kind.LEVEL && b.isCount() && !b.subject().isEmpty()) {
        return f.completing(b);
      }
    }
    return f.unread();
  }

  /**
   * The heading a list of figures stands under: the words before a colon that opens the sentence's
   * first figure ({@code 2022 年基本支出分别为：}). When they say nothing of their own ({@code 具体情况如下：},
   * {@code 各项支出金额分别为：}), the section heading stands in.
   */
  private String listHeading(String lead, String sectionHeading) {
    int colon = Math.max(lead.lastIndexOf('：'), lead.lastIndexOf(':'));
    if (colon < 0 && !lead.contains("分别为")) {
      return null;
    }
    String head = colon < 0 ? lead : lead.substring(0, colon);
    int from = 0;
    for (int i = head.length() - 1; i >= 0; i--) {
      if ("，,；;".indexOf(head.charAt(i)) >= 0) {
        from = i + 1;
        break;
      }
    }
    String subject = NarrativeLabels.heading(head.substring(from), agency);
    if (subject.isEmpty() && sectionHeading != null) {
      subject = NarrativeLabels.heading(sectionHeading, agency);
    }
    return subject.isEmpty() ? null : subject;
  }
}
