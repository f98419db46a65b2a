package org.jixiao.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.audit.NarrativeFigure.Measure;

/**
 * 数字的标签 — what the words before a figure say it is: the kind of statement ({@code 较…减少} is a
 * change, {@code 占} a share), the measure ({@code 年初预算}, {@code 实际支出}) and the subject that is left
 * once dates, the reporting unit's own name, fillers and the measure are taken away.
 *
 * <p>Conservative on purpose: two figures are compared only when their subjects are equal after
 * this reduction, so it removes only words that never tell two quantities apart.
 */
final class NarrativeLabels {

  /** A label read: the kind, the measure and the subject ({@code ""} when nothing is left). */
  record Reading(Kind kind, Measure measure, String subject) {}

  /** Measure words, most specific first: the first one a label contains is its measure. */
  private static final List<Map.Entry<String, Measure>> MEASURES =
      List.of(
          Map.entry("调整后的预算数", Measure.FULL_YEAR),
          Map.entry("调整后预算数", Measure.FULL_YEAR),
          Map.entry("调整后的预算", Measure.FULL_YEAR),
          Map.entry("调整后预算", Measure.FULL_YEAR),
          Map.entry("全年预算指标金", Measure.FULL_YEAR),
          Map.entry("全年预算指标", Measure.FULL_YEAR),
          Map.entry("全年预算数", Measure.FULL_YEAR),
          Map.entry("全年预算", Measure.FULL_YEAR),
          Map.entry("年初预算数", Measure.INITIAL),
          Map.entry("年初预算", Measure.INITIAL),
          Map.entry("原始指标金额", Measure.INITIAL),
          Map.entry("年中调整追加", Measure.ADJUSTMENT),
          Map.entry("调整追加", Measure.ADJUSTMENT),
          Map.entry("预算调整数", Measure.ADJUSTMENT),
          Map.entry("调整数", Measure.ADJUSTMENT),
          Map.entry("追加", Measure.ADJUSTMENT),
          Map.entry("追减", Measure.ADJUSTMENT),
          Map.entry("全年决算支出", Measure.ACTUAL),
          Map.entry("决算支出", Measure.ACTUAL),
          Map.entry("支出决算数", Measure.ACTUAL),
          Map.entry("支出决算", Measure.ACTUAL),
          Map.entry("决算数", Measure.ACTUAL),
          Map.entry("决算", Measure.ACTUAL),
          Map.entry("实际支出数", Measure.ACTUAL),
          Map.entry("实际支出", Measure.ACTUAL),
          Map.entry("实际支付", Measure.ACTUAL),
          Map.entry("执行数", Measure.ACTUAL),
          Map.entry("实际收入", Measure.ACTUAL),
          Map.entry("支出预算数", Measure.BUDGET),
          Map.entry("支出预算", Measure.BUDGET),
          Map.entry("预算安排数", Measure.BUDGET),
          Map.entry("预算安排", Measure.BUDGET),
          Map.entry("预算数", Measure.BUDGET),
          Map.entry("预算", Measure.BUDGET),
          Map.entry("上年决算数", Measure.LAST_YEAR),
          Map.entry("上年度", Measure.LAST_YEAR),
          Map.entry("上年", Measure.LAST_YEAR),
          Map.entry("去年", Measure.LAST_YEAR));

  /** Names in which 预算 is part of the name, not a measure (一般公共预算 is a kind of money). */
  private static final List<String> NOT_MEASURES =
      List.of(
          "一般公共预算",
          "政府性基金预算",
          "国有资本经营预算",
          "社会保险基金预算",
          "部门预算",
          "预算单位",
          "预算部门",
          "预算绩效",
          "预算执行率",
          "预算完成率",
          "预算调整率",
          "预算控制率",
          "预算编制");

  /** Words that make a label ambiguous between two measures: such a figure is not read. */
  private static final List<String> AMBIGUOUS = List.of("预算支出");

  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final Pattern BOUND_BEFORE =
      Pattern.compile(
          "(?:[≥≤><＞＜]|超过|超|不低于|不少于|不超过|不高于|低于|高于|大于|小于|不足|未达到|近|约|逾|大约|将近|控制在|以上|以内)$");
  private static final Pattern CHANGE =
      Pattern.compile("增加|减少|增长|下降|提高|提升|降低|节约|节省|超支|增减|变动|同比|环比|较|相比|超出|增幅|降幅|比[^，,]*[高低多少增减]");
  private static final Pattern SHARE = Pattern.compile("^占|完成[^，,]*预算|占比$|比重$");
  private static final Pattern FORMULA = Pattern.compile("[=＝/÷×]");
  private static final Pattern COMPLETION =
      Pattern.compile("完成了?(?:省定|省|市|州|区|县)?定?(?:年度|全年|年)?(?:目标)?任务数?的?$");

  private static final List<Pattern> LEADING =
      List.of(
          Pattern.compile("^\\d{4}年(?:度)?(?:年底|年末|底|末|以来|全年)?"),
          Pattern.compile("^(?:截至|截止)到?(?:目前|年底|年末|\\d{1,2}月(?:底|末|\\d{1,2}日)?)?"),
          Pattern.compile("^[、，,；;：:]+"),
          Pattern.compile("^(?:目前|全年|当年|今年|本年度|年内)"),
          Pattern.compile(
              "^(?:全州|全区|全市|全县|全省|全局|我区|我市|我州|我县|我省|我局|我单位|本单位|本部门|本局|本级|本市|本区|本州|本县"
                  + "|[区市州县]人社局|人社局|该局)"),
          Pattern.compile("^(?:共计|累计|总共|一共|共|另|已|均|并|还|同时|又|先后|其中|此外|为|对)"),
          Pattern.compile("^(?:已完成|完成了|完成)"),
          Pattern.compile("^.*批复的?"));

  private static final Pattern TRAILING =
      Pattern.compile("(?:为|达|达到|是|约|共|共计|有|了|已达|已达到|均为|均达|均|的|共有|已|达到了|分别|完成)$");

  private static final List<String> SUFFIXES =
      List.of("费用", "经费", "费", "支出", "合计", "总额", "总计", "小计", "金额", "人数");

  /** Subjects that say nothing on their own: a figure with one of them borrows its neighbour's. */
  static final Set<String> GENERIC =
      Set.of(
          "本年", "全年", "当年", "合计", "小计", "总计", "共计", "总额", "金额", "资金", "支出", "收入", "经费", "费用", "其中",
          "总", "共", "各项", "各项支出", "各项支出金额", "具体情况", "情况", "如下", "以下方面", "主要", "具体", "本单位", "单位",
          "部门", "数", "数量", "人数", "完成", "实现", "为", "达到", "合计出");

  /**
   * Verbs that, alone before a figure, mean the figure's subject follows it ({@code 已完成 4.6
   * 万人次各项考试}).
   */
  static final Set<String> VERBS =
      Set.of(
          "完成", "实现", "开展", "组织", "办理", "认定", "培养", "录用", "引进", "招募", "新建", "建成", "评选", "举办", "发放",
          "接待", "受理", "帮助", "处理", "核查", "解答", "回复", "汇聚", "落实", "培育", "培育选树了", "吸纳", "惠及", "带动",
          "代缴", "评聘", "招聘", "培训", "完成了");

  private NarrativeLabels() {}

  /**
   * Reads the words before a figure.
   *
   * @param raw the label as printed
   * @param year the evaluated year: a label naming another year is {@link Kind#OTHER_YEAR}
   * @param percent whether the figure is a percentage (completion rates are percentages)
   */
  static Reading read(String raw, int year, boolean percent, String agency) {
    String label = clean(raw);
    Matcher y = YEAR.matcher(label);
    while (y.find()) {
      if (Integer.parseInt(y.group(1)) != year) {
        return new Reading(Kind.OTHER_YEAR, Measure.NONE, "");
      }
    }
    if (BOUND_BEFORE.matcher(label).find()) {
      return new Reading(Kind.BOUND, Measure.NONE, "");
    }
    if (percent && COMPLETION.matcher(label).find()) {
      return new Reading(Kind.COMPLETION, Measure.NONE, "");
    }
    if (CHANGE.matcher(label).find()) {
      return new Reading(Kind.CHANGE, Measure.NONE, "");
    }
    if (SHARE.matcher(label).find()) {
      return new Reading(Kind.SHARE, Measure.NONE, "");
    }
    if (label.contains("分别") || FORMULA.matcher(label).find()) {
      return new Reading(Kind.UNREAD, Measure.NONE, "");
    }
    Measure measure = Measure.NONE;
    String rest = label;
    String mask = masked(label);
    for (Map.Entry<String, Measure> m : MEASURES) {
      int at = mask.indexOf(m.getKey());
      if (at >= 0) {
        measure = m.getValue();
        rest = label.substring(0, at) + label.substring(at + m.getKey().length());
        break;
      }
    }
    if (measure == Measure.BUDGET && AMBIGUOUS.stream().anyMatch(mask::contains)) {
      return new Reading(Kind.UNREAD, Measure.NONE, "");
    }
    return new Reading(Kind.LEVEL, measure, subject(rest, agency));
  }

  /**
   * The subject of a name: {@code 2024年公务接待费} → {@code 公务接待}, {@code “三公”经费财政拨款} → {@code 三公}. Also
   * used for table line names and headings, so that both sides reduce alike.
   */
  static String subject(String name, String agency) {
    String s = clean(name);
    if (agency != null && !agency.isBlank()) {
      s = s.replace(clean(agency), "");
    }
    s = s.replaceFirst("^(?:[（(][0-9一二三四五六七八九十]+[)）]|[0-9一二三四五六七八九十]+[、.．])+", "");
    for (String previous = null; !s.equals(previous); ) {
      previous = s;
      for (Pattern p : LEADING) {
        s = p.matcher(s).replaceFirst("");
      }
      s = TRAILING.matcher(s).replaceFirst("");
    }
    s = stripSuffixes(s);
    s = threePublic(s);
    return GENERIC.contains(s) || s.length() < 2 ? "" : s;
  }

  /** A subject with only its unit-of-account words taken away, for list headings. */
  static String heading(String text, String agency) {
    String s = clean(text).replaceAll("按[^，,]*?划分", "");
    s = s.replaceAll("(分别为|分别是|如下|具体情况|主要用于以下方面|以下方面|各项|情况|金额|具体包括|包括)", "");
    return subject(s, agency);
  }

  private static String stripSuffixes(String s) {
    for (boolean stripped = true; stripped; ) {
      stripped = false;
      for (String suffix : SUFFIXES) {
        if (s.endsWith(suffix)) {
          String shorter = s.substring(0, s.length() - suffix.length());
          if (shorter.length() >= 2 && !GENERIC.contains(shorter)) {
            s = shorter;
            stripped = true;
          }
        }
      }
    }
    return s;
  }

  /** “三公”经费 is paid from 财政拨款 by definition: every way of naming its total is one subject. */
  private static String threePublic(String s) {
    if (!s.contains("三公")) {
      return s;
    }
    String rest = s.replaceAll("三公|经费|财政拨款|一般公共预算|支出|总额|合计|的|费用|决算|预算", "");
    return rest.isEmpty() ? "三公" : s;
  }

  /** Spaces and quotation marks never tell two labels apart. */
  static String clean(String raw) {
    return raw == null ? "" : raw.replaceAll("[\\s\\u3000“”\"‘’'「」]", "");
  }

  private static String masked(String label) {
    String mask = label;
    for (String name : NOT_MEASURES) {
      mask = mask.replace(name, "＿".repeat(name.length()));
    }
    return mask;
  }
}
