package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;

/**
 * ARITH-CROSS-TABLE — the same figure printed differently in two tables of the file (基本支出 2830.84
 * in the text, 2830.85 in the score sheet), or twice in one list.
 *
 * <p>Lines are the same quantity only when they clearly are: the same name (as {@link
 * LineNames#normalize} reads it), the same column, the same money unit and the same scope (all
 * funds or 财政拨款; all spending, 基本支出 or 项目支出, as the titles say). 三公经费 tables are compared whatever
 * their funds scope: 三公经费 are reported on the 财政拨款 basis throughout. Per-unit rows, totals (合计, 总计,
 * 小计) and names a table prints under two different headings are not compared. The figure most
 * tables agree on (else the first printed) is taken as the reference; each other figure is reported
 * where it is printed.
 */
final class CrossTableCheck extends NamedCheck {

  CrossTableCheck() {
    super("ARITH-CROSS-TABLE", Severity.ERROR, "同一数字在不同表中不一致", "同一报告中同一数据应前后一致");
  }

  /** A figure with the place it is printed at. */
  private record Entry(ArithNode node, Column column, BigDecimal value) {}

  @Override
  public List<Finding> check(AuditContext ctx) {
    Map<String, List<Entry>> byKey = new LinkedHashMap<>();
    List<ArithNode> nodes = new ArrayList<>();
    ArithTree.tables(ctx.year()).forEach(r -> nodes.addAll(r.all().toList()));
    for (ScoreSheet s : ctx.year().sheets()) {
      if (s.kind() == SheetKind.DEPARTMENT && s.funds() != null) {
        ArithFunds.nodes(s, ctx.amountUnit()).stream()
            .skip(s.funds().total() == null ? 0 : 1)
            .flatMap(ArithNode::all)
            .forEach(nodes::add);
      }
    }
    Map<ArithPlace, List<ArithNode>> byPlace = new LinkedHashMap<>();
    nodes.stream()
        .filter(n -> !n.isUnitLine() && comparable(n))
        .forEach(n -> byPlace.computeIfAbsent(n.place(), p -> new ArrayList<>()).add(n));
    byPlace.forEach(
        (place, lines) -> {
          Set<String> ambiguous = ambiguous(lines);
          for (ArithNode n : lines) {
            String name = LineNames.normalize(n.line().name());
            if (ambiguous.contains(name)) {
              continue;
            }
            for (Column c : Column.values()) {
              BigDecimal v = n.printed(c);
              if (v != null) {
                byKey
                    .computeIfAbsent(key(n, name, c), k -> new ArrayList<>())
                    .add(new Entry(n, c, v));
              }
            }
          }
        });
    List<Finding> out = new ArrayList<>();
    for (List<Entry> entries : byKey.values()) {
      if (entries.size() > 1) {
        report(ctx, entries, out);
      }
    }
    return out;
  }

  private void report(AuditContext ctx, List<Entry> entries, List<Finding> out) {
    Entry reference = reference(entries);
    String printed =
        entries.stream()
            .map(e -> e.node().place().label() + " 印为 " + ArithFormat.plain(e.value()))
            .collect(Collectors.joining("；"));
    for (Entry e : entries) {
      if (e.value().compareTo(reference.value()) == 0
          || (fromNarrative(e) && fromNarrative(reference))) {
        continue;
      }
      boolean count = e.column() == Column.COUNT;
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "“" + e.node().name() + "”的" + e.column().label(),
                  reference.node().place().label() + "所印同一数字",
                  e.node().at(e.column()),
                  e.value(),
                  reference.value(),
                  e.node().unitOf(e.column()),
                  count,
                  List.of(reference.value()),
                  printed))
          .ifPresent(out::add);
    }
  }

  /**
   * Two figures both read from the report's prose (tables whose {@code location} starts with 正文)
   * are the narrative checks' to compare, against the sentences they stand in; reporting them here
   * too would count one misprint twice. A prose figure against a printed table stays here.
   */
  private static boolean fromNarrative(Entry e) {
    FigureTable t = e.node().place().table();
    return t != null && t.location() != null && t.location().strip().startsWith("正文");
  }

  /** The value printed most often; on a tie, the first printed. */
  private static Entry reference(List<Entry> entries) {
    Entry best = entries.get(0);
    long bestCount = 0;
    for (Entry e : entries) {
      long n = entries.stream().filter(x -> x.value().compareTo(e.value()) == 0).count();
      if (n > bestCount) {
        best = e;
        bestCount = n;
      }
    }
    return best;
  }

  /** Names printed more than once in a table under different parents: not one quantity. */
  private static Set<String> ambiguous(List<ArithNode> lines) {
    Map<String, Set<List<String>>> parents = new LinkedHashMap<>();
    for (ArithNode n : lines) {
      List<String> parent = n.path().subList(0, n.path().size() - 1);
      parents
          .computeIfAbsent(LineNames.normalize(n.line().name()), k -> new java.util.HashSet<>())
          .add(parent);
    }
    return parents.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static String key(ArithNode n, String name, Column c) {
    ArithScope scope = ArithScope.of(n.place());
    String s;
    if (n.place().kind() == TableKind.THREE_PUBLIC) {
      s = "三公";
    } else if (ArithScope.namesScope(name)) {
      s = (scope.fiscal() ? "财政拨款" : "全部资金") + "/" + name;
    } else {
      s = (scope.fiscal() ? "财政拨款" : "全部资金") + "/" + scope.spending();
    }
    String unit = c == Column.COUNT ? "" : n.place().amountUnit();
    return String.join("|", name, c.name(), unit, s);
  }

  private static boolean comparable(ArithNode n) {
    if (n.line().name() == null) {
      return false;
    }
    String name = LineNames.normalize(n.line().name());
    return name.length() >= 2
        && Stream.of("合计", "总计", "小计").noneMatch(name::endsWith)
        && !name.equals("年度资金总额")
        && !name.equals("其他");
  }
}
