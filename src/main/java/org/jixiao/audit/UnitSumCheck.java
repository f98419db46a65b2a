package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.LineNames;

/**
 * ARITH-UNIT-SUM — in a per-unit table (one row per unit and a 汇总 row), the consolidated row
 * against the sum of the unit rows, column by column and item by item.
 *
 * <p>Where the rows break down into the same items, the items are compared and not the row totals:
 * a total that is off only because an item column is off (or because a unit's own row does not add
 * up, which {@link ItemsSumCheck} reports) is the same error, reported where it starts.
 */
final class UnitSumCheck extends NamedCheck {

  UnitSumCheck() {
    super("ARITH-UNIT-SUM", Severity.ERROR, "汇总行与各单位之和不符", "会计恒等式：汇总数 = 各单位数之和");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<ArithNode> roots = ArithTree.tables(ctx.year());
    List<ArithPlace> places = roots.stream().map(ArithNode::place).distinct().toList();
    for (ArithPlace place : places) {
      List<ArithNode> inTable = roots.stream().filter(n -> n.place().equals(place)).toList();
      List<ArithNode> consolidated = inTable.stream().filter(ArithNode::consolidated).toList();
      List<ArithNode> units = inTable.stream().filter(ArithNode::isUnitLine).toList();
      if (units.isEmpty()) {
        continue;
      }
      for (ArithNode c : consolidated) {
        List<ArithNode> same = units.stream().filter(u -> sameName(u, c)).toList();
        List<ArithNode> rows = same.isEmpty() && consolidated.size() == 1 ? units : same;
        for (Column column : Column.values()) {
          walk(ctx, c, rows, column, out);
        }
      }
    }
    return out;
  }

  private void walk(
      AuditContext ctx, ArithNode total, List<ArithNode> rows, Column c, List<Finding> out) {
    if (breaksDown(total, rows, c)) {
      for (ArithNode item : total.children()) {
        List<ArithNode> parts =
            rows.stream().map(r -> child(r, item)).filter(Objects::nonNull).toList();
        walk(ctx, item, parts, c, out);
      }
      return;
    }
    compare(ctx, total, rows, c).ifPresent(out::add);
  }

  private Optional<Finding> compare(
      AuditContext ctx, ArithNode total, List<ArithNode> rows, Column c) {
    BigDecimal printed = total.printed(c);
    Optional<BigDecimal> sum = ArithNode.sum(rows.stream().map(r -> r.value(c)).toList());
    if (printed == null || sum.isEmpty()) {
      return Optional.empty();
    }
    List<BigDecimal> terms = rows.stream().map(r -> r.value(c)).flatMap(Optional::stream).toList();
    Optional<BigDecimal> recomputed =
        ArithNode.sum(rows.stream().map(r -> r.trueValue(c)).toList());
    boolean count = c == Column.COUNT;
    if (ArithCompare.judge(ctx, printed, recomputed.orElseThrow(), count, terms)
        == Tolerance.Verdict.AGREES) {
      return Optional.empty();
    }
    return ArithCompare.compare(
        this,
        ctx,
        new ArithCompare.Claim(
            "汇总行“" + total.name() + "”的" + c.label(),
            "各单位之和",
            total.at(c),
            printed,
            sum.get(),
            total.unitOf(c),
            count,
            terms,
            ArithFormat.sum(terms, sum.get())));
  }

  /** The total's items carry the column and every unit row breaks down into the same items. */
  private static boolean breaksDown(ArithNode total, List<ArithNode> rows, Column c) {
    if (!total.hasChildren() || total.children().stream().noneMatch(k -> k.value(c).isPresent())) {
      return false;
    }
    Set<String> names =
        total.children().stream().map(UnitSumCheck::key).collect(Collectors.toSet());
    return rows.stream()
        .allMatch(
            r ->
                r.hasChildren()
                    && r.children().stream().map(UnitSumCheck::key).allMatch(names::contains));
  }

  private static ArithNode child(ArithNode row, ArithNode like) {
    return row.children().stream().filter(k -> key(k).equals(key(like))).findFirst().orElse(null);
  }

  private static boolean sameName(ArithNode a, ArithNode b) {
    return key(a).equals(key(b));
  }

  private static String key(ArithNode n) {
    return n.line().name() == null
        ? ArithNode.label(n.line())
        : LineNames.normalize(n.line().name());
  }
}
