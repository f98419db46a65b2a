package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.scoring.Ratios;

/**
 * 双偏离（目标完成而资金未用完）— the MOF platform's 自评预警: red when (S/90 − B/10)/(S/90) > 5 %, S the indicator
 * scores and B the budget-execution score, here generalised to the sheet's own points (S out of the
 * indicators' points, B as the execution rate credited). It flags goals reported as met while the
 * money was not spent. Seed 000: S = 90 of 90, execution 87.91 % → 12.09 %.
 */
final class DevDoubleDeviationCheck extends NamedCheck {
  private static final BigDecimal LIMIT = new BigDecimal("0.05");

  DevDoubleDeviationCheck() {
    super(
        "DEV-DOUBLE-DEVIATION",
        Severity.WARNING,
        "目标报告完成而预算未执行完（自评预警）",
        "预算管理一体化平台“自评预警”：(S/90 − B/10)/(S/90) > 5% 为红灯（RULES.md §2.5）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      if (s.framework() == null
          || s.framework().budgetExecution() == null
          || s.sheet().funds() == null) {
        continue;
      }
      Optional<Execution> e = execution(s);
      Optional<Goals> goals = goals(s);
      if (e.isEmpty()
          || goals.isEmpty()
          || goals.get().sum().signum() <= 0
          || goals.get().max().signum() <= 0) {
        continue; // no goal score: the warning value is undefined
      }
      BigDecimal sum = goals.get().sum();
      BigDecimal max = goals.get().max();
      BigDecimal g = Ratios.divide(sum, max);
      BigDecimal deviation = Ratios.divide(g.subtract(e.get().rate()), g);
      if (deviation.compareTo(LIMIT) <= 0) {
        continue;
      }
      out.add(
          Findings.of(
              this,
              "指标得分 "
                  + ScoreSheets.points(sum)
                  + "/"
                  + ScoreSheets.points(max)
                  + "（"
                  + Ratios.percent(g)
                  + "）而预算执行仅 "
                  + Ratios.percent(e.get().rate())
                  + "：目标报告为完成、资金却未用完，自评预警值 "
                  + Ratios.percent(deviation)
                  + " 超过 5%",
              s.label() + " / 预算执行率与指标得分",
              "指标得分率 " + Ratios.percent(g) + "，执行率 " + Ratios.percent(e.get().rate()),
              "预警值不超过 5%",
              "(S/Smax − B/Bmax)/(S/Smax) = ("
                  + ScoreSheets.points(sum)
                  + "/"
                  + ScoreSheets.points(max)
                  + " − "
                  + e.get().basis()
                  + ")/("
                  + ScoreSheets.points(sum)
                  + "/"
                  + ScoreSheets.points(max)
                  + ") = "
                  + Ratios.percent(deviation)
                  + " > 5%"));
    }
    return out;
  }

  /** The execution rate credited (at most the framework's cap), from the figures or the score. */
  private static Optional<Execution> execution(ScoreSheets.Sheet s) {
    ScoreSheet.Funds funds = s.sheet().funds();
    FigureLine t = funds.total();
    BigDecimal cap = s.framework().budgetExecution().maxRate();
    if (t != null
        && t.actual() != null
        && t.fullYearBudget() != null
        && t.fullYearBudget().signum() > 0) {
      BigDecimal rate = Ratios.divide(t.actual(), t.fullYearBudget()).min(cap);
      return Optional.of(
          new Execution(
              rate, t.actual().toPlainString() + "/" + t.fullYearBudget().toPlainString()));
    }
    BigDecimal points =
        funds.points() != null ? funds.points() : s.framework().budgetExecution().points();
    if (funds.statedScore() == null || points.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Execution(
            Ratios.divide(funds.statedScore(), points),
            ScoreSheets.printed(funds.statedScore()) + "/" + ScoreSheets.points(points)));
  }

  /** S and its maximum: the printed indicator scores, or else the printed level-1 subtotals. */
  private static Optional<Goals> goals(ScoreSheets.Sheet s) {
    List<ScoreSheets.Row> rows = ScoreSheets.rows(s);
    Optional<ScoreLevels.Sum> scores = ScoreLevels.sum(rows, r -> r.indicator().statedScore());
    Optional<ScoreLevels.Sum> weights = ScoreLevels.sum(rows, ScoreSheets.Row::weight);
    if (scores.isPresent() && weights.isPresent()) {
      return Optional.of(new Goals(scores.get().total(), weights.get().total()));
    }
    List<List<LevelScore>> sets = ScoreLevels.levelOneSets(s.sheet().statedSubtotals());
    if (sets.isEmpty()
        || sets.get(0).stream().anyMatch(l -> l.statedScore() == null || l.weight() == null)) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (LevelScore l : sets.get(0)) {
      sum = sum.add(l.statedScore());
      max = max.add(l.weight());
    }
    return Optional.of(new Goals(sum, max));
  }

  private record Execution(BigDecimal rate, String basis) {}

  /** S and the points it is out of. */
  private record Goals(BigDecimal sum, BigDecimal max) {}
}
