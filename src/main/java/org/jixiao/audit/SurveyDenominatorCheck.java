package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.budget.Survey;

/**
 * 分母与剔除 — answers that do not count (不了解) leave the denominator: the printed valid answers and
 * maximum points (有效回答数 × 最高分值) against the tallies, and the printed formula ({@code 总分=（20-4）*3=48
 * 分}) against its own arithmetic and the tallies it claims to use.
 */
final class SurveyDenominatorCheck extends NamedCheck {

  private static final Pattern FORMULA =
      Pattern.compile(
          "[（(]\\s*(\\d+)\\s*[-－−]\\s*(\\d+)\\s*[）)]\\s*[*×xX]\\s*(\\d+(?:\\.\\d+)?)\\s*[=＝]\\s*(\\d+(?:\\.\\d+)?)");

  SurveyDenominatorCheck() {
    super(
        "SURVEY-DENOMINATOR",
        Severity.ERROR,
        "调查的有效回答数或应得总分与剔除规则不符",
        "应得总分 =（回答人次 − 不计入人次）× 最高分值；不计入的选项（如“不了解”）不进分母");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      SurveyCounts c = new SurveyCounts(s);
      Optional<BigDecimal> top = c.top();
      if (c.problem().isPresent() || top.isEmpty()) {
        continue;
      }
      String basis =
          "（回答人次 " + c.answers() + " − 不计入 " + c.excluded() + "）× 最高分值 " + plain(top.get());
      BigDecimal max = BigDecimal.valueOf(c.valid()).multiply(top.get());
      if (s.statedValidAnswers() != null && s.statedValidAnswers() != c.valid()) {
        out.add(
            Findings.of(
                this,
                "有效回答数印作" + s.statedValidAnswers() + "，而调查表剔除不计入的回答后为" + c.valid(),
                c.place() + " / 有效回答数",
                String.valueOf(s.statedValidAnswers()),
                String.valueOf(c.valid()),
                "回答人次 " + c.answers() + " − 不计入 " + c.excluded() + " = " + c.valid()));
      }
      if (s.statedMaxPoints() != null) {
        boolean notExcluded =
            c.excluded() > 0
                && s.statedMaxPoints()
                        .compareTo(BigDecimal.valueOf(c.answers()).multiply(top.get()))
                    == 0;
        Findings.compare(
                this,
                SurveyCounts.exact(ctx, s.statedMaxPoints(), max),
                "应得总分" + (notExcluded ? "（未剔除不计入的回答）" : ""),
                c.place() + " / 总分",
                s.statedMaxPoints(),
                plain(s.statedMaxPoints()) + "分",
                max,
                plain(max) + "分",
                basis + " = " + plain(max))
            .ifPresent(out::add);
      }
      formula(s, c, top.get()).ifPresent(out::addAll);
    }
    return out;
  }

  private Optional<List<Finding>> formula(Survey s, SurveyCounts c, BigDecimal top) {
    if (s.formula() == null) {
      return Optional.empty();
    }
    Matcher m = FORMULA.matcher(s.formula());
    if (!m.find()) {
      return Optional.empty();
    }
    int all = Integer.parseInt(m.group(1));
    int excluded = Integer.parseInt(m.group(2));
    BigDecimal points = new BigDecimal(m.group(3));
    BigDecimal result = new BigDecimal(m.group(4));
    String where = c.place() + " / 总分公式“" + s.formula() + "”";
    List<Finding> out = new ArrayList<>();
    BigDecimal product = BigDecimal.valueOf(all - excluded).multiply(points);
    if (product.compareTo(result) != 0) {
      out.add(
          Findings.of(
              this,
              "总分公式自身算错：（" + all + "−" + excluded + "）×" + plain(points) + " 应为 " + plain(product),
              where,
              plain(result),
              plain(product),
              "（" + all + " − " + excluded + "）× " + plain(points) + " = " + plain(product)));
    }
    if (all != c.answers()) {
      out.add(
          Findings.of(
              this,
              "总分公式所用回答人次" + all + "与调查表各题回答人次之和" + c.answers() + "不符",
              where,
              String.valueOf(all),
              String.valueOf(c.answers()),
              "各题回答人次之和 = " + c.answers()));
    }
    if (excluded != c.excluded()) {
      out.add(
          Findings.of(
              this,
              "总分公式剔除的人次" + excluded + "与调查表不计入选项的人次之和" + c.excluded() + "不符",
              where,
              String.valueOf(excluded),
              String.valueOf(c.excluded()),
              "不计入选项人次之和 = " + c.excluded()));
    }
    if (points.compareTo(top) != 0) {
      out.add(
          Findings.of(
              this,
              "总分公式所用每题满分" + plain(points) + "与选项最高分值" + plain(top) + "不符",
              where,
              plain(points),
              plain(top),
              "选项最高分值 = " + plain(top)));
    }
    return Optional.of(out);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
