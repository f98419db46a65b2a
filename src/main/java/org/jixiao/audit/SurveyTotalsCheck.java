package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.Survey;

/**
 * 合计行 — the totals row of a survey table: each option's total count against the sum of its column,
 * and the total points against the sum of the questions' printed points (or of their computed
 * points where the table prints none), so that a wrong question is reported once, there.
 */
final class SurveyTotalsCheck extends NamedCheck {

  SurveyTotalsCheck() {
    super("SURVEY-TOTALS", Severity.ERROR, "调查合计行与各题之和不符", "合计 = 各题之和");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Survey s : ctx.year().surveys()) {
      SurveyCounts c = new SurveyCounts(s);
      if (c.problem().isPresent()) {
        continue;
      }
      Map<String, Integer> sums = c.perOption();
      for (Map.Entry<String, Integer> stated : s.statedTotalCounts().entrySet()) {
        Integer sum = sums.get(stated.getKey());
        if (sum != null && sum.intValue() != stated.getValue()) {
          out.add(
              Findings.of(
                  this,
                  "合计行“" + stated.getKey() + "”为" + stated.getValue() + "人，而各题该选项人数之和为" + sum + "人",
                  c.place() + " / 合计 / " + stated.getKey(),
                  stated.getValue() + "人",
                  sum + "人",
                  c.optionBasis(stated.getKey())));
        }
      }
      if (s.statedPoints() != null) {
        boolean printed = s.questions().stream().allMatch(q -> q.statedPoints() != null);
        BigDecimal sum =
            s.questions().stream()
                .map(q -> printed ? q.statedPoints() : c.points(q))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> terms =
            s.questions().stream()
                .map(
                    q ->
                        (printed ? q.statedPoints() : c.points(q))
                            .stripTrailingZeros()
                            .toPlainString())
                .toList();
        Findings.compare(
                this,
                SurveyCounts.exact(ctx, s.statedPoints(), sum),
                "得分合计",
                c.place() + " / 合计 / 得分",
                s.statedPoints(),
                s.statedPoints().toPlainString() + "分",
                sum,
                sum.stripTrailingZeros().toPlainString() + "分",
                (printed ? "各题得分之和：" : "各题计算得分之和：")
                    + String.join(" + ", terms)
                    + " = "
                    + sum.stripTrailingZeros().toPlainString())
            .ifPresent(out::add);
      }
    }
    return out;
  }
}
