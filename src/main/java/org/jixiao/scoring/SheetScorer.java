package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.Framework;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Names;

/**
 * 评分表计分 — scores one sheet under its framework: budget execution, every indicator, the subtotals,
 * the total and the grade, each beside the report's figure.
 */
public final class SheetScorer {

  public SheetResult score(DepartmentYear year, ScoreSheet sheet, Framework f) {
    IndicatorScorer scorer = new IndicatorScorer(f, new Measurements(year));
    List<String> notes = new ArrayList<>();
    ItemResult budget =
        f.budgetExecution() == null
            ? null
            : BudgetExecutionScorer.score(sheet, f, year.source().amountUnit());
    List<ItemResult> items;
    List<SubtotalResult> subtotals;
    if (f.weightsFromSheet()) {
      items = sheetIndicators(sheet, f, scorer, notes);
      subtotals = Subtotals.bySheetHeadings(items, sheet, f);
      BigDecimal weights =
          items.stream()
              .map(ItemResult::weight)
              .filter(Objects::nonNull)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal all = budget == null ? weights : weights.add(budget.weight());
      if (items.stream().anyMatch(i -> i.weight() != null) && all.compareTo(f.totalPoints()) != 0) {
        notes.add(
            "指标分值合计 "
                + Ratios.points(all)
                + "（含预算执行）与总分 "
                + Ratios.points(f.totalPoints())
                + " 不符");
      }
    } else {
      items = frameworkLeaves(sheet, f, scorer, notes);
      subtotals = Subtotals.byFrameworkTree(items, sheet, f);
    }
    Score total = SheetTotal.total(budget, items, f, notes);
    String grade = total.isScored() ? f.grades().gradeOf(total.points()) : null;
    return new SheetResult(
        sheet.id(),
        sheet.kind().name(),
        sheet.name(),
        f.id(),
        f.name(),
        budget,
        items,
        subtotals,
        total,
        sheet.statedTotal(),
        grade,
        sheet.statedGrade(),
        notes);
  }

  private List<ItemResult> sheetIndicators(
      ScoreSheet sheet, Framework f, IndicatorScorer scorer, List<String> notes) {
    List<ItemResult> items = new ArrayList<>();
    for (Indicator i : sheet.indicators()) {
      String path = path(i.level1(), i.level2(), i.name());
      if (isNotApplicable(i)) {
        items.add(scorer.notApplicable(path, i));
        continue;
      }
      List<String> extra = new ArrayList<>();
      if (i.level1() != null && f.heading(i.level1()).isEmpty()) {
        extra.add("一级指标“" + i.level1() + "”不在指标体系“" + f.name() + "”中");
      }
      IndicatorNode leaf = f.leaf(i.code(), i.name()).orElse(null);
      items.add(scorer.score(path, leaf, i, i.weight(), extra));
    }
    if (items.isEmpty()) {
      notes.add("评分表没有指标行");
    }
    return items;
  }

  private List<ItemResult> frameworkLeaves(
      ScoreSheet sheet, Framework f, IndicatorScorer scorer, List<String> notes) {
    List<Indicator> unmatched = new ArrayList<>(sheet.indicators());
    List<ItemResult> items = new ArrayList<>();
    for (Map.Entry<IndicatorNode, List<IndicatorNode>> e : leavesWithParents(f).entrySet()) {
      IndicatorNode leaf = e.getKey();
      List<IndicatorNode> parents = e.getValue();
      Optional<Indicator> row = match(leaf, parents, unmatched);
      row.ifPresent(unmatched::remove);
      List<String> extra = new ArrayList<>();
      if (row.isPresent()
          && row.get().weight() != null
          && row.get().weight().compareTo(leaf.weight()) != 0) {
        extra.add(
            "报告所列分值 "
                + Ratios.points(row.get().weight())
                + " 与指标体系分值 "
                + Ratios.points(leaf.weight())
                + " 不同");
      }
      if (row.isEmpty()) {
        extra.add("报告中没有这一指标");
      }
      List<String> names = new ArrayList<>();
      parents.forEach(p -> names.add(p.name()));
      names.add(leaf.name());
      items.add(
          scorer.score(String.join(" / ", names), leaf, row.orElse(null), leaf.weight(), extra));
    }
    unmatched.stream()
        .filter(i -> !isNotApplicable(i))
        .forEach(i -> notes.add("报告中的指标“" + i.name() + "”在指标体系中找不到对应项，未评分"));
    return items;
  }

  private static Optional<Indicator> match(
      IndicatorNode leaf, List<IndicatorNode> parents, List<Indicator> rows) {
    if (leaf.code() != null) {
      Optional<Indicator> byCode =
          rows.stream().filter(r -> leaf.code().equalsIgnoreCase(r.code())).findFirst();
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    List<Indicator> byName =
        rows.stream()
            .filter(
                r -> leaf.names().map(Names::normalize).anyMatch(Names.normalize(r.name())::equals))
            .toList();
    if (byName.size() <= 1 || parents.isEmpty()) {
      return byName.stream().findFirst();
    }
    String parent = Names.normalize(parents.get(parents.size() - 1).name());
    return byName.stream()
        .filter(r -> Names.normalize(r.level2()).equals(parent))
        .findFirst()
        .or(() -> byName.stream().findFirst());
  }

  static Map<IndicatorNode, List<IndicatorNode>> leavesWithParents(Framework f) {
    Map<IndicatorNode, List<IndicatorNode>> out = new LinkedHashMap<>();
    f.indicators().forEach(n -> walk(n, new ArrayList<>(), out));
    return out;
  }

  private static void walk(
      IndicatorNode n, List<IndicatorNode> parents, Map<IndicatorNode, List<IndicatorNode>> out) {
    if (n.isLeaf()) {
      out.put(n, List.copyOf(parents));
      return;
    }
    List<IndicatorNode> next = new ArrayList<>(parents);
    next.add(n);
    n.children().forEach(c -> walk(c, next, out));
  }

  private static boolean isNotApplicable(Indicator i) {
    return i.weight() == null
        && ("不适用".equals(Names.normalize(i.name())) || "不适用".equals(Names.normalize(i.target())));
  }

  static String path(String... parts) {
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        kept.add(p.replaceAll("\\s+", ""));
      }
    }
    return String.join(" / ", kept);
  }
}
