package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-FLOW — 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, wherever the figures allow:
 *
 * <ul>
 *   <li>a table of the four lines (正文 printed as text: 年初结转和结余 / 本年收入合计 / 本年支出合计 / 年末结转和结余);
 *   <li>a 收入支出决算总表 laid out as two 总计 lines (收入 = 本年收入 + 年初结转和结余; 支出 = 本年支出 + 年末结转和结余): the two
 *       totals must be equal (each side's sum is {@link ItemsSumCheck}'s);
 *   <li>per-unit income and expenditure tables: for each unit, 收入合计 (which includes 上年结转) − 支出合计 =
 *       累计结余, and that less 上年结转 = 当年结余.
 * </ul>
 */
final class CarryForwardCheck extends NamedCheck {

  CarryForwardCheck() {
    super(
        "ARITH-FLOW",
        Severity.ERROR,
        "结转结余不衔接",
        "会计恒等式：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余（收入总计 = 支出总计）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ArithNode> roots = ArithTree.tables(ctx.year());
    List<ArithPlace> places = roots.stream().map(ArithNode::place).distinct().toList();
    for (ArithPlace place : places) {
      List<ArithNode> top =
          roots.stream().filter(n -> n.place().equals(place) && n.unit() == null).toList();
      fourLines(ctx, top, out);
      twoSides(ctx, top, out);
    }
    ArithUnitFlow.check(this, ctx, roots, places, out);
    return out;
  }

  private void fourLines(AuditContext ctx, List<ArithNode> top, List<Finding> out) {
    Map<ArithFlow, ArithNode> parts = new EnumMap<>(ArithFlow.class);
    for (ArithFlow f :
        List.of(ArithFlow.OPENING, ArithFlow.INCOME, ArithFlow.SPENDING, ArithFlow.CLOSING)) {
      List<ArithNode> of = top.stream().filter(n -> ArithFlow.of(n.line()) == f).toList();
      if (of.size() != 1) {
        return;
      }
      parts.put(f, of.get(0));
    }
    ArithNode opening = parts.get(ArithFlow.OPENING);
    ArithNode income = parts.get(ArithFlow.INCOME);
    ArithNode spending = parts.get(ArithFlow.SPENDING);
    ArithNode closing = parts.get(ArithFlow.CLOSING);
    for (Column c : Column.values()) {
      Optional<BigDecimal> o = opening.value(c);
      Optional<BigDecimal> i = income.value(c);
      Optional<BigDecimal> s = spending.value(c);
      BigDecimal stated = closing.printed(c);
      if (o.isEmpty() || i.isEmpty() || s.isEmpty() || stated == null) {
        continue;
      }
      if (!parts.values().stream().allMatch(n -> n.agreesWithItems(c, ctx.tolerance()))) {
        continue;
      }
      List<BigDecimal> terms = List.of(o.get(), i.get(), s.get().negate());
      BigDecimal expected = o.get().add(i.get()).subtract(s.get());
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "“" + closing.name() + "”",
                  "“" + opening.name() + "” + “" + income.name() + "” − “" + spending.name() + "”",
                  closing.at(c),
                  stated,
                  expected,
                  closing.unitOf(c),
                  false,
                  terms,
                  ArithFormat.sum(terms, expected)))
          .ifPresent(out::add);
    }
  }

  private void twoSides(AuditContext ctx, List<ArithNode> top, List<Finding> out) {
    List<ArithNode> in =
        top.stream().filter(n -> has(n, ArithFlow.INCOME, ArithFlow.OPENING)).toList();
    List<ArithNode> outSide =
        top.stream().filter(n -> has(n, ArithFlow.SPENDING, ArithFlow.CLOSING)).toList();
    if (in.size() != 1 || outSide.size() != 1) {
      return;
    }
    ArithNode a = in.get(0);
    ArithNode b = outSide.get(0);
    for (Column c : Column.values()) {
      BigDecimal x = a.printed(c);
      BigDecimal y = b.printed(c);
      if (x == null
          || y == null
          || !a.agreesWithItems(c, ctx.tolerance())
          || !b.agreesWithItems(c, ctx.tolerance())) {
        continue;
      }
      List<BigDecimal> terms = b.itemTerms(c);
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "支出方“" + b.name() + "”",
                  "收入方“" + a.name() + "”",
                  b.at(c),
                  y,
                  x,
                  b.unitOf(c),
                  false,
                  terms,
                  "收入方 "
                      + ArithFormat.sum(a.itemTerms(c), x)
                      + "；支出方 "
                      + ArithFormat.sum(terms, y)))
          .ifPresent(out::add);
    }
  }

  private static boolean has(ArithNode n, ArithFlow a, ArithFlow b) {
    return n.children().stream().anyMatch(k -> ArithFlow.of(k.line()) == a)
        && n.children().stream().anyMatch(k -> ArithFlow.of(k.line()) == b);
  }
}
