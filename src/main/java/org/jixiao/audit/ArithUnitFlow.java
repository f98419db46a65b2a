package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.TableKind;

/**
 * 各单位收支结余 — the carry-forward of each unit across a per-unit income table and a per-unit
 * expenditure table: 收入合计 (which includes 上年结转) − 支出合计 = 累计结余, and that less 上年结转 = 当年结余. When both
 * balances are off by the same amount it is one error (of the income or the spending figure),
 * reported once.
 */
final class ArithUnitFlow {
  private ArithUnitFlow() {}

  /**
   * Adds {@code check}'s findings for every per-unit expenditure table matched to an income one.
   */
  static void check(
      AuditCheck check,
      AuditContext ctx,
      List<ArithNode> roots,
      List<ArithPlace> places,
      List<Finding> out) {
    List<ArithPlace> incomes = perUnitTables(roots, places, TableKind.INCOME);
    for (ArithPlace e : perUnitTables(roots, places, TableKind.EXPENDITURE)) {
      List<ArithNode> spending = rows(roots, e);
      for (ArithPlace i : incomes) {
        List<ArithNode> income = rows(roots, i);
        List<ArithNode[]> pairs = new ArrayList<>();
        for (ArithNode s : spending) {
          income.stream()
              .filter(r -> key(r).equals(key(s)))
              .findFirst()
              .ifPresent(r -> pairs.add(new ArithNode[] {r, s}));
        }
        if (pairs.size() * 2 < spending.size()) {
          continue;
        }
        for (ArithNode[] p : pairs) {
          unitFlow(check, ctx, p[0], p[1]).ifPresent(out::add);
        }
      }
    }
  }

  private static Optional<Finding> unitFlow(
      AuditCheck check, AuditContext ctx, ArithNode income, ArithNode spending) {
    Optional<BigDecimal> in = income.value(Column.ACTUAL);
    Optional<BigDecimal> spent = spending.value(Column.ACTUAL);
    if (in.isEmpty() || spent.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> opening =
        income.children().stream()
            .filter(k -> ArithFlow.of(k.line()) == ArithFlow.OPENING)
            .findFirst()
            .flatMap(k -> k.value(Column.ACTUAL));
    BigDecimal closingStated = spending.printed(Column.CLOSING_BALANCE);
    BigDecimal balanceStated = spending.printed(Column.BALANCE);
    BigDecimal closing = in.get().subtract(spent.get());
    BigDecimal closingTrue =
        income
            .trueValue(Column.ACTUAL)
            .orElseThrow()
            .subtract(spending.trueValue(Column.ACTUAL).orElseThrow());
    String basis =
        "收入合计 " + ArithFormat.plain(in.get()) + " − 支出合计 " + ArithFormat.plain(spent.get());
    List<BigDecimal> inputs = List.of(in.get(), spent.get());
    if (closingStated != null && !agrees(ctx, closingStated, closing, closingTrue, inputs)) {
      String both = "";
      if (balanceStated != null && opening.isPresent()) {
        BigDecimal balance = closing.subtract(opening.get());
        if (closingStated.subtract(closing).compareTo(balanceStated.subtract(balance)) == 0) {
          both =
              "；当年结余 "
                  + ArithFormat.plain(balanceStated)
                  + " 同样应为 "
                  + ArithFormat.plain(balance)
                  + "（再减上年结转 "
                  + ArithFormat.plain(opening.get())
                  + "）";
        }
      }
      String suffix = both;
      return ArithCompare.compare(
              check,
              ctx,
              new ArithCompare.Claim(
                  "“" + unitName(spending) + "”的年末结转结余（累计结余）",
                  "收入合计减支出合计",
                  spending.at(Column.CLOSING_BALANCE),
                  closingStated,
                  closing,
                  spending.unitOf(Column.CLOSING_BALANCE),
                  false,
                  List.of(in.get(), spent.get()),
                  basis + " = " + ArithFormat.plain(closing) + suffix))
          .map(f -> suffix.isEmpty() ? f : withSuffix(f, suffix));
    }
    if (balanceStated != null && opening.isPresent()) {
      BigDecimal balance = closing.subtract(opening.get());
      BigDecimal balanceTrue = closingTrue.subtract(opening.get());
      if (!agrees(ctx, balanceStated, balance, balanceTrue, inputs)) {
        return ArithCompare.compare(
            check,
            ctx,
            new ArithCompare.Claim(
                "“" + unitName(spending) + "”的当年结余",
                "收入合计减上年结转再减支出合计",
                spending.at(Column.BALANCE),
                balanceStated,
                balance,
                spending.unitOf(Column.BALANCE),
                false,
                List.of(in.get(), opening.get(), spent.get()),
                basis
                    + " − 上年结转 "
                    + ArithFormat.plain(opening.get())
                    + " = "
                    + ArithFormat.plain(balance)));
      }
    }
    return Optional.empty();
  }

  private static Finding withSuffix(Finding f, String suffix) {
    return new Finding(
        f.code(),
        f.severity(),
        f.message() + suffix,
        f.location(),
        f.stated(),
        f.expected(),
        f.basis(),
        f.clause());
  }

  private static boolean agrees(
      AuditContext ctx, BigDecimal stated, BigDecimal a, BigDecimal b, List<BigDecimal> inputs) {
    return ArithCompare.judge(ctx, stated, a, false, inputs) == Tolerance.Verdict.AGREES
        || ArithCompare.judge(ctx, stated, b, false, inputs) == Tolerance.Verdict.AGREES;
  }

  private static List<ArithPlace> perUnitTables(
      List<ArithNode> roots, List<ArithPlace> places, TableKind kind) {
    return places.stream()
        .filter(p -> p.kind() == kind)
        .filter(p -> roots.stream().anyMatch(n -> n.place().equals(p) && n.isUnitLine()))
        .toList();
  }

  private static List<ArithNode> rows(List<ArithNode> roots, ArithPlace place) {
    return roots.stream()
        .filter(n -> n.place().equals(place) && (n.isUnitLine() || n.consolidated()))
        .toList();
  }

  private static String key(ArithNode n) {
    return n.consolidated() ? "（汇总）" : LineNames.normalize(n.unit());
  }

  private static String unitName(ArithNode n) {
    return n.unit() == null ? n.name() : n.unit();
  }
}
