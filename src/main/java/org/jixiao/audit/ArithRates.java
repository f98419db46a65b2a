package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;
import org.jixiao.audit.ArithRate.Reading;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.Staffing;

/**
 * 全年的印出比率 — every rate, share and change rate the year prints on its lines, its funds blocks and
 * its staffing, each with the readings it can be recomputed by; the indicators' rates are in {@link
 * ArithIndicatorRates}. The rate checks each take their kind; {@link UndefinedRateCheck} takes
 * those whose denominator is zero.
 */
final class ArithRates {
  private ArithRates() {}

  /** Every printed rate of the year, lines first, then funds, staffing and indicators. */
  static List<ArithRate> all(AuditContext ctx) {
    List<ArithRate> rates = new ArrayList<>(figures(ctx));
    rates.addAll(ArithIndicatorRates.of(ctx, rates));
    return rates;
  }

  static List<ArithRate> of(AuditContext ctx, Kind kind) {
    return all(ctx).stream().filter(r -> r.kind() == kind).toList();
  }

  /** The rates printed beside figures: lines, funds blocks, staffing. */
  static List<ArithRate> figures(AuditContext ctx) {
    List<ArithRate> rates = new ArrayList<>();
    List<ArithNode> roots = new ArrayList<>(ArithTree.tables(ctx.year()));
    roots.addAll(ArithTree.fund(ctx.year()));
    for (ArithNode root : roots) {
      ArithLineRates.walk(root, new ArrayList<>(), roots, rates);
    }
    funds(ctx, rates);
    staff(ctx.year().staffing()).ifPresent(rates::add);
    return rates;
  }

  /**
   * Compares a printed rate with its best defined reading; nothing when it agrees, and nothing when
   * no reading is defined ({@link UndefinedRateCheck} reports those).
   */
  static Optional<Finding> compare(AuditCheck check, AuditContext ctx, ArithRate rate) {
    if (rate.primary().undefined()) {
      return Optional.empty();
    }
    Optional<Reading> best = rate.best(ctx);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Reading r = best.get();
    String expected = ArithFormat.percent(r.percent(), rate.stated().scale());
    return Findings.compare(
            check,
            ctx,
            rate.subject(),
            rate.location(),
            rate.stated(),
            rate.statedText(),
            r.percent(),
            expected,
            r.worked())
        .map(
            f ->
                new Finding(
                    f.code(),
                    f.severity(),
                    rate.subject()
                        + (f.severity() == Severity.INFO ? "与重算值有舍入差异" : "与重算值不符")
                        + "：报告为 "
                        + rate.statedText()
                        + "，按所列数字计算应为 "
                        + expected
                        + ArithIndicatorRates.alsoAt(ctx, rate),
                    f.location(),
                    f.stated(),
                    f.expected(),
                    f.basis(),
                    f.clause()));
  }

  private static void funds(AuditContext ctx, List<ArithRate> out) {
    for (ScoreSheet s : ctx.year().sheets()) {
      ScoreSheet.Funds f = s.funds();
      if (f == null || f.total() == null || f.total().actual() == null) {
        continue;
      }
      Optional<BigDecimal> stated = ArithStated.percent(f.statedRate());
      if (stated.isEmpty()) {
        continue;
      }
      FigureLine t = f.total();
      List<Reading> readings = new ArrayList<>();
      for (Column budget : List.of(Column.FULL_YEAR_BUDGET, Column.INITIAL_BUDGET)) {
        BigDecimal b = t.amount(budget);
        if (b != null) {
          readings.add(Reading.divide(t.actual(), b, "全年执行数 ÷ " + budget.label(), budget.label()));
        }
      }
      if (!readings.isEmpty()) {
        out.add(
            new ArithRate(
                Kind.EXECUTION,
                ArithFormat.at(ArithFunds.label(s), "执行率"),
                "评分表的预算执行率",
                f.statedRate(),
                stated.get(),
                readings));
      }
    }
  }

  private static Optional<ArithRate> staff(Staffing s) {
    if (s == null || s.actual() == null || s.authorized() == null) {
      return Optional.empty();
    }
    return ArithStated.percent(s.statedControlRate())
        .map(
            p ->
                new ArithRate(
                    Kind.STAFF_CONTROL,
                    ArithFormat.at("人员编制", "在职人员控制率"),
                    "在职人员控制率",
                    s.statedControlRate(),
                    p,
                    List.of(
                        Reading.divide(
                            BigDecimal.valueOf(s.actual()),
                            BigDecimal.valueOf(s.authorized()),
                            "实有在职人数 ÷ 编制数",
                            "编制数"))));
  }
}
