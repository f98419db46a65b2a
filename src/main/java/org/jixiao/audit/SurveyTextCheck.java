package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.audit.NarrativeTexts.Block;
import org.jixiao.budget.Survey;
import org.jixiao.budget.Survey.Option;

/**
 * 调查的文字说明 — what the text says of a survey against its table: how many answered an option ({@code
 * 本次评价共 1 人对上述问题不了解} while the table's 不了解 column adds up to 4), how many questionnaires ({@code
 * 发放问卷 N 份}), and the satisfaction rate it quotes.
 *
 * <p>Read only in texts that speak of the survey (they name 满意度 or the survey, and one of its
 * options), and only counts written next to an option's name.
 */
final class SurveyTextCheck extends NamedCheck {

  private static final Pattern QUESTIONNAIRES =
      Pattern.compile("(?:发放|收回|回收)(?:调查)?问卷(?:共)?\\s*(\\d+)\\s*份");
  private static final Pattern RATE =
      Pattern.compile("满意度(?:达到|达|为|是)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]");

  /** One thing the text says that the table does not: message, stated, expected, basis. */
  private record Said(String message, String stated, String expected, String basis) {}

  SurveyTextCheck() {
    super("SURVEY-TEXT", Severity.ERROR, "文字对满意度调查的描述与调查表不符", ConsistFindings.SAME_FIGURE);
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Block> blocks = NarrativeTexts.of(ctx.year());
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      SurveyCounts c = new SurveyCounts(s);
      if (c.problem().isPresent()) {
        continue;
      }
      Map<Said, Set<String>> found = new LinkedHashMap<>();
      for (Block b : blocks) {
        String text = NarrativeClauses.fold(b.text());
        if (speaksOf(text, s)) {
          for (Said said : said(ctx, text, s, c)) {
            found.computeIfAbsent(said, k -> new LinkedHashSet<>()).add(b.place());
          }
        }
      }
      for (Map.Entry<Said, Set<String>> e : found.entrySet()) {
        Said x = e.getKey();
        out.add(
            Findings.of(
                this,
                x.message(),
                String.join("；", e.getValue()),
                x.stated(),
                x.expected(),
                x.basis()));
      }
    }
    return out;
  }

  private static List<Said> said(AuditContext ctx, String text, Survey s, SurveyCounts c) {
    List<Said> out = new ArrayList<>();
    for (Option o : s.options()) {
      String label = Pattern.quote(o.label());
      int tally = c.perOption().get(o.label());
      for (Pattern p :
          List.of(
              Pattern.compile("(\\d+)\\s*(?:人次|人|份)[^，。；,;\\d]{0,10}?" + label),
              Pattern.compile(label + "[^，。；,;\\d]{0,6}?(\\d+)\\s*(?:人次|人|份)"))) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          int n = Integer.parseInt(m.group(1));
          if (n != tally) {
            out.add(
                new Said(
                    "文中称“"
                        + m.group().replaceAll("\\s", "")
                        + "”（"
                        + n
                        + "人），而调查表“"
                        + o.label()
                        + "”各题合计"
                        + tally
                        + "人次",
                    n + "人",
                    tally + "人次",
                    "调查表“" + o.label() + "”各题人数：" + c.optionBasis(o.label())));
          }
        }
      }
    }
    Matcher q = QUESTIONNAIRES.matcher(text);
    while (s.statedRespondents() != null && q.find()) {
      int n = Integer.parseInt(q.group(1));
      if (n != s.statedRespondents()) {
        out.add(
            new Said(
                "文中称问卷" + n + "份，调查表问卷份数为" + s.statedRespondents() + "份",
                n + "份",
                s.statedRespondents() + "份",
                "调查表问卷份数 " + s.statedRespondents()));
      }
    }
    Optional<BigDecimal> rate = SurveyRateCheck.percent(s.statedRate());
    Matcher r = RATE.matcher(text);
    while (rate.isPresent() && r.find()) {
      BigDecimal n = new BigDecimal(r.group(1));
      if (ctx.tolerance().judge(n, rate.get()) == Tolerance.Verdict.DIFFERS) {
        out.add(
            new Said(
                "文中称满意度" + n.toPlainString() + "%，调查表为" + s.statedRate(),
                n.toPlainString() + "%",
                s.statedRate(),
                "调查表满意度 " + s.statedRate()));
      }
    }
    return out;
  }

  private static boolean speaksOf(String text, Survey s) {
    boolean named = text.contains("满意度") || s.name() != null && text.contains(s.name());
    return named && s.options().stream().anyMatch(o -> text.contains(o.label()));
  }
}
