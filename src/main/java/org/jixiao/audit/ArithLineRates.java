package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.ArithRate.Kind;
import org.jixiao.audit.ArithRate.Reading;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.LineNames;

/**
 * 行内的印出比率 — the rates a table line prints: its execution (completion, control) rate against its own
 * budget, its share of the line it belongs to (or of the table's 合计), and its rate of change
 * against last year (or, where last year is not printed, against the base its printed change
 * implies).
 */
final class ArithLineRates {
  private static final List<Column> SHARE_COLUMNS =
      List.of(Column.ACTUAL, Column.FULL_YEAR_BUDGET, Column.INITIAL_BUDGET, Column.COUNT);

  private ArithLineRates() {}

  /** Adds the rates printed on {@code n} and below it; {@code ancestors} nearest first. */
  static void walk(
      ArithNode n, List<ArithNode> ancestors, List<ArithNode> roots, List<ArithRate> out) {
    FigureLine l = n.line();
    ArithStated.percent(l.statedRate()).ifPresent(p -> lineRate(n, p, out));
    ArithStated.percent(l.statedShare()).ifPresent(p -> share(n, p, ancestors, roots, out));
    ArithStated.percent(l.statedChangeRate()).ifPresent(p -> changeRate(n, p, out));
    List<ArithNode> below = new ArrayList<>(ancestors);
    below.add(0, n);
    for (ArithNode c : n.children()) {
      walk(c, below, roots, out);
    }
  }

  private static void lineRate(ArithNode n, BigDecimal stated, List<ArithRate> out) {
    BigDecimal actual = n.value(Column.ACTUAL).orElse(null);
    if (actual == null) {
      return;
    }
    List<Reading> readings = new ArrayList<>();
    for (Column budget :
        List.of(Column.FULL_YEAR_BUDGET, Column.AVAILABLE, Column.INITIAL_BUDGET)) {
      n.value(budget)
          .ifPresent(
              b ->
                  readings.add(
                      Reading.divide(actual, b, "决算数 ÷ " + budget.label(), budget.label())));
    }
    if (!readings.isEmpty()) {
      out.add(
          new ArithRate(
              Kind.LINE_RATE,
              ArithFormat.at(n.row(), "执行（完成）率"),
              "“" + n.name() + "”的执行（完成）率",
              n.line().statedRate(),
              stated,
              readings));
    }
  }

  private static void share(
      ArithNode n,
      BigDecimal stated,
      List<ArithNode> ancestors,
      List<ArithNode> roots,
      List<ArithRate> out) {
    List<ArithNode> wholes = new ArrayList<>(ancestors);
    tableTotal(n, roots).filter(t -> !wholes.contains(t)).ifPresent(wholes::add);
    for (Column c : SHARE_COLUMNS) {
      Optional<BigDecimal> part = n.value(c);
      if (part.isEmpty()) {
        continue;
      }
      List<Reading> readings = new ArrayList<>();
      for (ArithNode whole : wholes) {
        whole
            .value(c)
            .ifPresent(
                w ->
                    readings.add(
                        Reading.divide(
                            part.get(),
                            w,
                            "“" + n.name() + "” ÷ “" + whole.name() + "”（" + c.label() + "）",
                            "“" + whole.name() + "”的" + c.label())));
      }
      if (!readings.isEmpty()) {
        out.add(
            new ArithRate(
                Kind.SHARE,
                ArithFormat.at(n.row(), "占比"),
                "“" + n.name() + "”的占比",
                n.line().statedShare(),
                stated,
                readings));
      }
      return;
    }
  }

  /** The table's total for a top-level line: the consolidated row, or a lone 合计 / 总计 row. */
  private static Optional<ArithNode> tableTotal(ArithNode n, List<ArithNode> roots) {
    List<ArithNode> same = roots.stream().filter(r -> r.place().equals(n.place())).toList();
    List<ArithNode> totals =
        same.stream()
            .filter(r -> r != n)
            .filter(
                r -> r.consolidated() || (r.line().name() != null && isTotalName(r.line().name())))
            .toList();
    return totals.size() == 1 ? Optional.of(totals.get(0)) : Optional.empty();
  }

  private static boolean isTotalName(String name) {
    String s = LineNames.normalize(name);
    return s.endsWith("合计") || s.endsWith("总计");
  }

  private static void changeRate(ArithNode n, BigDecimal stated, List<ArithRate> out) {
    Optional<BigDecimal> actual = n.value(Column.ACTUAL);
    if (actual.isEmpty()) {
      return;
    }
    Optional<BigDecimal> last = n.value(Column.LAST_YEAR_ACTUAL);
    Optional<BigDecimal> change =
        ArithStated.amount(n.line().statedChange(), n.place().amountUnit());
    List<Reading> readings = new ArrayList<>();
    if (last.isPresent()) {
      readings.add(
          Reading.divide(
              actual.get().subtract(last.get()), last.get(), "（决算数 − 上年决算数）÷ 上年决算数", "上年决算数"));
      change.ifPresent(c -> readings.add(Reading.divide(c, last.get(), "所列增减额 ÷ 上年决算数", "上年决算数")));
    } else if (change.isPresent()) {
      BigDecimal base = actual.get().subtract(change.get());
      readings.add(Reading.divide(change.get(), base, "所列增减额 ÷（决算数 − 所列增减额，即对比基数）", "对比基数"));
    }
    for (Column budget : List.of(Column.FULL_YEAR_BUDGET, Column.INITIAL_BUDGET)) {
      n.value(budget)
          .ifPresent(
              b ->
                  readings.add(
                      Reading.divide(
                          actual.get().subtract(b),
                          b,
                          "（决算数 − " + budget.label() + "）÷ " + budget.label(),
                          budget.label())));
    }
    if (!readings.isEmpty()) {
      out.add(
          new ArithRate(
              Kind.CHANGE_RATE,
              ArithFormat.at(n.row(), "增减率"),
              "“" + n.name() + "”的增减率",
              n.line().statedChangeRate(),
              stated,
              readings));
    }
  }
}
