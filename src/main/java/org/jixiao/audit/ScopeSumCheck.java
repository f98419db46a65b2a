package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.TableKind;

/**
 * ARITH-SCOPE-SUM — a table of the whole (支出按经济科目, 财政拨款收支) against the same table for 基本支出 and for
 * 项目支出: each line of the whole equals the basic line plus the project line (工资福利支出 2348.13 = 2291 +
 * 57.13).
 *
 * <p>Tables are told apart by their titles (same kind, same funds: all or 财政拨款), lines by name
 * (一般商品和服务支出 is 商品和服务支出). The comparison is made only when one table of each scope exists and most
 * of the lines do add up, so that a whole table of another scope is never taken for the sum of the
 * two. A subtotal whose items are all compared is not compared itself.
 */
final class ScopeSumCheck extends NamedCheck {

  ScopeSumCheck() {
    super(
        "ARITH-SCOPE-SUM",
        Severity.ERROR,
        "总表与基本支出、项目支出分表之和不符",
        "部门支出 = 基本支出 + 项目支出（按经济分类、按收支口径逐项）");
  }

  private record Triple(ArithNode whole, ArithNode basic, ArithNode project, Column column) {}

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<ArithNode> roots = ArithTree.tables(ctx.year());
    List<ArithPlace> places =
        roots.stream().map(ArithNode::place).distinct().filter(p -> p.table() != null).toList();
    Map<String, List<ArithPlace>> groups = new LinkedHashMap<>();
    for (ArithPlace p : places) {
      ArithScope s = ArithScope.of(p);
      groups.computeIfAbsent(p.kind() + "/" + s.fiscal(), k -> new ArrayList<>()).add(p);
    }
    List<Finding> out = new ArrayList<>();
    for (List<ArithPlace> group : groups.values()) {
      List<ArithPlace> basic = scoped(group, ArithScope.BASIC);
      List<ArithPlace> project = scoped(group, ArithScope.PROJECT);
      if (basic.size() != 1 || project.size() != 1 || group.get(0).kind() == TableKind.OTHER) {
        continue;
      }
      for (ArithPlace whole : scoped(group, ArithScope.ALL)) {
        compare(
            ctx,
            lines(roots, whole),
            lines(roots, basic.get(0)),
            lines(roots, project.get(0)),
            out);
      }
    }
    return out;
  }

  private void compare(
      AuditContext ctx,
      Map<String, ArithNode> whole,
      Map<String, ArithNode> basic,
      Map<String, ArithNode> project,
      List<Finding> out) {
    List<Triple> triples = new ArrayList<>();
    whole.forEach(
        (key, w) -> {
          ArithNode b = basic.get(key);
          ArithNode p = project.get(key);
          if (b == null || p == null) {
            return;
          }
          for (Column c : Column.values()) {
            if (w.printed(c) != null && b.value(c).isPresent() && p.value(c).isPresent()) {
              triples.add(new Triple(w, b, p, c));
            }
          }
        });
    List<Triple> leaves = triples.stream().filter(t -> !breaksDown(t, triples)).toList();
    long close = leaves.stream().filter(t -> verdict(ctx, t) != Tolerance.Verdict.DIFFERS).count();
    if (leaves.isEmpty() || close * 2 <= leaves.size()) {
      return;
    }
    for (Triple t : triples) {
      Column c = t.column();
      if (breaksDown(t, triples)
          || !t.whole().agreesWithItems(c, ctx.tolerance())
          || !t.basic().agreesWithItems(c, ctx.tolerance())
          || !t.project().agreesWithItems(c, ctx.tolerance())) {
        continue;
      }
      List<BigDecimal> terms = List.of(t.basic().value(c).get(), t.project().value(c).get());
      BigDecimal sum = terms.get(0).add(terms.get(1));
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "“" + t.whole().name() + "”的" + c.label(),
                  "基本支出与项目支出两表之和",
                  t.whole().at(c),
                  t.whole().printed(c),
                  sum,
                  t.whole().unitOf(c),
                  false,
                  terms,
                  "基本支出表 "
                      + ArithFormat.plain(terms.get(0))
                      + "（"
                      + t.basic().place().title()
                      + "）+ 项目支出表 "
                      + ArithFormat.plain(terms.get(1))
                      + "（"
                      + t.project().place().title()
                      + "）= "
                      + ArithFormat.plain(sum)))
          .ifPresent(out::add);
    }
  }

  /** A subtotal whose items are all compared: a difference shows at the item it comes from. */
  private static boolean breaksDown(Triple t, List<Triple> triples) {
    return t.whole().hasChildren()
        && t.whole().children().stream()
            .allMatch(
                k -> triples.stream().anyMatch(x -> x.whole() == k && x.column() == t.column()));
  }

  private static Tolerance.Verdict verdict(AuditContext ctx, Triple t) {
    Column c = t.column();
    BigDecimal sum = t.basic().value(c).get().add(t.project().value(c).get());
    return ctx.tolerance().judge(t.whole().printed(c), sum);
  }

  private static List<ArithPlace> scoped(List<ArithPlace> group, String spending) {
    return group.stream().filter(p -> ArithScope.of(p).spending().equals(spending)).toList();
  }

  /** The table's lines by class name; a name printed twice in the table is left out. */
  private static Map<String, ArithNode> lines(List<ArithNode> roots, ArithPlace place) {
    Map<String, ArithNode> byKey = new LinkedHashMap<>();
    List<String> twice = new ArrayList<>();
    roots.stream()
        .filter(n -> n.place().equals(place) && n.unit() == null)
        .flatMap(ArithNode::all)
        .forEach(
            n ->
                key(n)
                    .ifPresent(
                        k -> {
                          if (byKey.putIfAbsent(k, n) != null) {
                            twice.add(k);
                          }
                        }));
    twice.forEach(byKey::remove);
    return byKey;
  }

  /** 一般商品和服务支出 → 商品和服务; 对个人和家庭的补助支出 → 对个人和家庭补助. */
  static Optional<String> key(ArithNode n) {
    if (n.line().name() == null) {
      return Optional.empty();
    }
    String s = LineNames.normalize(n.line().name()).replace("的", "");
    if (s.startsWith("一般商品和服务")) {
      s = s.substring(2);
    }
    if (s.endsWith("支出") && s.length() > 4) {
      s = s.substring(0, s.length() - 2);
    }
    return Optional.of(s);
  }
}
