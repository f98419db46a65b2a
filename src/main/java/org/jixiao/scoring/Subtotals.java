package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.framework.Framework;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Names;

/** 分项小计 — subtotals per heading, next to the report's printed ones. */
final class Subtotals {
  private Subtotals() {}

  /** Self-evaluation tables: one subtotal per level-1 heading, in the sheet's order. */
  static List<SubtotalResult> bySheetHeadings(
      List<ItemResult> items, ScoreSheet sheet, Framework f) {
    Map<String, List<ItemResult>> groups = new LinkedHashMap<>();
    for (ItemResult i : items) {
      String level1 =
          i.path().contains(" / ") ? i.path().substring(0, i.path().indexOf(" / ")) : i.path();
      groups.computeIfAbsent(level1, k -> new ArrayList<>()).add(i);
    }
    List<SubtotalResult> out = new ArrayList<>();
    groups.forEach(
        (name, group) -> {
          Optional<IndicatorNode> heading = f.heading(name);
          Optional<LevelScore> stated = stated(sheet, 1, name, heading.orElse(null));
          out.add(
              subtotal(1, name, heading.map(IndicatorNode::weight).orElse(null), group, stated, f));
        });
    return out;
  }

  /** Fixed frameworks: one subtotal per level-1 and level-2 node. */
  static List<SubtotalResult> byFrameworkTree(
      List<ItemResult> items, ScoreSheet sheet, Framework f) {
    List<SubtotalResult> out = new ArrayList<>();
    for (IndicatorNode top : f.indicators()) {
      out.add(
          subtotal(
              1,
              top.name(),
              top.weight(),
              under(top.name(), items),
              stated(sheet, 1, top.name(), top),
              f));
      for (IndicatorNode second : top.children()) {
        if (!second.isLeaf()) {
          out.add(
              subtotal(
                  2,
                  second.name(),
                  second.weight(),
                  under(top.name() + " / " + second.name(), items),
                  stated(sheet, 2, second.name(), second),
                  f));
        }
      }
    }
    return out;
  }

  /** Items whose path lies under {@code prefix} (paths are the framework names joined by " / "). */
  private static List<ItemResult> under(String prefix, List<ItemResult> items) {
    return items.stream().filter(i -> i.path().startsWith(prefix + " / ")).toList();
  }

  private static Optional<LevelScore> stated(
      ScoreSheet sheet, int level, String name, IndicatorNode node) {
    return sheet.statedSubtotals().stream()
        .filter(s -> s.level() == level)
        .filter(
            s -> {
              String n = Names.normalize(s.name());
              return n.equals(Names.normalize(name))
                  || (node != null && node.names().map(Names::normalize).anyMatch(n::equals));
            })
        .findFirst();
  }

  private static SubtotalResult subtotal(
      int level,
      String name,
      BigDecimal weight,
      List<ItemResult> group,
      Optional<LevelScore> stated,
      Framework f) {
    BigDecimal itemWeights = BigDecimal.ZERO;
    BigDecimal sum = BigDecimal.ZERO;
    List<String> missing = new ArrayList<>();
    for (ItemResult i : group) {
      if (i.status() == ItemStatus.EXCLUDED) {
        continue;
      }
      if (i.weight() != null) {
        itemWeights = itemWeights.add(i.weight());
      }
      if (i.score().isScored()) {
        sum = sum.add(i.score().points());
      } else {
        missing.add(i.name());
      }
    }
    Score score =
        missing.isEmpty()
            ? Score.of(f.rounding().total(sum))
            : Score.notScored(missing.size() + " 项未评分，已评分部分 " + Ratios.points(sum));
    BigDecimal w = weight != null ? weight : stated.map(LevelScore::weight).orElse(null);
    return new SubtotalResult(
        level,
        name,
        w,
        itemWeights,
        score,
        stated.map(LevelScore::weight).orElse(null),
        stated.map(LevelScore::statedScore).orElse(null));
  }
}
