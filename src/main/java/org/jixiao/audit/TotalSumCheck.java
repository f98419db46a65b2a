package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.LevelScore;

/**
 * 总分不等于各项得分之和 — the printed total against the printed budget-execution score plus the printed
 * indicator scores, and against the printed level-1 subtotals. Seed 003: 15 + 26 + 34 + 15 = 90 ≠
 * 89 while the items sum to 89 — the total is right and the 投入 subtotal is wrong, so this is noted
 * (INFO) and the error stays with {@code TOTAL-SUBTOTAL}.
 */
final class TotalSumCheck extends NamedCheck {

  TotalSumCheck() {
    super(
        "TOTAL-SUM",
        Severity.ERROR,
        "总分不等于各项得分之和",
        "财预〔2020〕10号 单位自评：总分 = 预算执行率得分 + 各项指标得分；会计恒等式：总分 = 各一级指标小计之和");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      ScoreSheet sheet = s.sheet();
      BigDecimal total = sheet.statedTotal();
      Optional<BigDecimal> budget = budgetScore(s);
      if (total == null || budget.isEmpty()) {
        continue;
      }
      String location = s.label() + " / 总分";
      String budgetTerm =
          budget.get().signum() == 0 && !scoresBudget(s)
              ? ""
              : ScoreSheets.points(budget.get()) + " + ";
      List<ScoreSheets.Row> rows = ScoreSheets.rows(s);
      Optional<ScoreLevels.Sum> items = ScoreLevels.sum(rows, r -> r.indicator().statedScore());
      Optional<BigDecimal> itemsTotal = items.map(i -> budget.get().add(i.total()));
      if (itemsTotal.isPresent()) {
        String what = scoresBudget(s) ? "总分（预算执行率得分 + 各项指标得分）" : "总分（各项指标得分之和）";
        ScoreCompare.points(
                this,
                ctx,
                what,
                location,
                total,
                itemsTotal.get(),
                ScoreSheets.points(itemsTotal.get()) + " 分",
                budgetTerm
                    + String.join(" + ", items.get().terms())
                    + " = "
                    + ScoreSheets.points(itemsTotal.get()))
            .ifPresent(out::add);
      }
      for (List<LevelScore> set : ScoreLevels.levelOneSets(sheet.statedSubtotals())) {
        levelOneSet(ctx, s, set, rows, total, budget.get(), budgetTerm, itemsTotal, location)
            .ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Finding> levelOneSet(
      AuditContext ctx,
      ScoreSheets.Sheet s,
      List<LevelScore> set,
      List<ScoreSheets.Row> rows,
      BigDecimal total,
      BigDecimal budget,
      String budgetTerm,
      Optional<BigDecimal> itemsTotal,
      String location) {
    if (set.stream().anyMatch(l -> l.statedScore() == null) || !covers(s, set, rows)) {
      return Optional.empty();
    }
    BigDecimal sum = budget;
    BigDecimal corrected = budget;
    List<String> terms = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (LevelScore l : set) {
      sum = sum.add(l.statedScore());
      terms.add(ScoreSheets.printed(l.statedScore()));
      Optional<ScoreLevels.Sum> under =
          ScoreLevels.sum(ScoreLevels.under(s, l, rows), r -> r.indicator().statedScore());
      BigDecimal right = under.map(ScoreLevels.Sum::total).orElse(l.statedScore());
      corrected = corrected.add(right);
      if (right.compareTo(l.statedScore()) != 0) {
        wrong.add(ScoreSheets.named(l.name()) + "小计应为 " + ScoreSheets.points(right));
      }
    }
    BigDecimal printed = sum;
    if (printed.compareTo(total) == 0
        || itemsTotal.map(t -> t.compareTo(printed) == 0).orElse(false)) {
      return Optional.empty(); // agrees, or the total itself is wrong and reported above
    }
    String basis =
        "一级指标小计 " + budgetTerm + String.join(" + ", terms) + " = " + ScoreSheets.points(sum);
    if (!wrong.isEmpty() && corrected.compareTo(total) == 0) {
      return Optional.of(
          Findings.of(
              this,
              Severity.INFO,
              "一级指标小计之和 "
                  + ScoreSheets.points(sum)
                  + " 与总分 "
                  + ScoreSheets.printed(total)
                  + " 不符；总分与各项得分一致，差异来自小计（"
                  + String.join("；", wrong)
                  + "，见 TOTAL-SUBTOTAL）",
              location,
              ScoreSheets.printed(total) + " 分",
              ScoreSheets.printed(total) + " 分（小计之和 " + ScoreSheets.points(sum) + "）",
              basis + "；" + String.join("；", wrong)));
    }
    return ScoreCompare.points(
        this, ctx, "总分（一级指标小计之和）", location, total, sum, ScoreSheets.points(sum) + " 分", basis);
  }

  /** Whether a set of level-1 subtotals covers every row's level-1 heading. */
  private static boolean covers(
      ScoreSheets.Sheet s, List<LevelScore> set, List<ScoreSheets.Row> rows) {
    return rows.stream()
        .allMatch(
            r ->
                set.stream()
                    .anyMatch(l -> ScoreSheets.sameHeading(s, r.indicator().level1(), l.name())));
  }

  private static boolean scoresBudget(ScoreSheets.Sheet s) {
    return s.framework() != null && s.framework().budgetExecution() != null;
  }

  /**
   * The printed budget-execution score, zero when the framework scores none, empty when missing.
   */
  private static Optional<BigDecimal> budgetScore(ScoreSheets.Sheet s) {
    if (!scoresBudget(s)) {
      return Optional.of(BigDecimal.ZERO);
    }
    ScoreSheet.Funds funds = s.sheet().funds();
    return funds == null ? Optional.empty() : Optional.ofNullable(funds.statedScore());
  }
}
