package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.budget.Survey;

/**
 * 满意度 — the printed satisfaction rate against points ÷ maximum points: the report's own printed
 * points and maximum where it gives them (a wrong total is reported where it is wrong), else the
 * tallies'. A maximum of 0 makes the rate undefined, never 0%.
 */
final class SurveyRateCheck extends NamedCheck {

  private static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*[%％]");

  SurveyRateCheck() {
    super("SURVEY-RATE", Severity.ERROR, "满意度与得分 ÷ 应得总分不符", "满意度 = 得分 ÷ 应得总分 × 100%（RULES.md §5）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      Optional<BigDecimal> stated = percent(s.statedRate());
      SurveyCounts c = new SurveyCounts(s);
      if (stated.isEmpty()
          || c.problem().isPresent() && (s.statedPoints() == null || s.statedMaxPoints() == null)) {
        continue;
      }
      BigDecimal points = s.statedPoints() != null ? s.statedPoints() : c.points();
      BigDecimal max =
          s.statedMaxPoints() != null
              ? s.statedMaxPoints()
              : c.top().map(t -> t.multiply(BigDecimal.valueOf(c.valid()))).orElse(null);
      if (max == null) {
        continue;
      }
      String where = c.place() + " / 满意度";
      if (max.signum() == 0) {
        out.add(
            Findings.of(
                this,
                "应得总分为 0，满意度无意义（不是 0%，也不是 100%），报告却列为" + s.statedRate(),
                where,
                s.statedRate(),
                "无意义（分母为 0）",
                "得分 " + plain(points) + " ÷ 应得总分 0"));
        continue;
      }
      BigDecimal pct = ConsistCompare.percent(points, max);
      Findings.compare(
              this,
              ctx,
              "满意度",
              where,
              stated.get(),
              s.statedRate(),
              pct,
              ConsistCompare.showPercent(pct),
              (s.statedPoints() != null ? "得分 " : "计算得分 ")
                  + plain(points)
                  + " ÷ "
                  + (s.statedMaxPoints() != null ? "应得总分 " : "计算应得总分 ")
                  + plain(max)
                  + " × 100% = "
                  + ConsistCompare.showPercent(pct))
          .ifPresent(out::add);
    }
    return out;
  }

  static Optional<BigDecimal> percent(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = PERCENT.matcher(NarrativeClauses.fold(text));
    return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
