package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.SheetResult;

/**
 * 指标行 — one indicator as the form prints it: its three levels, target, actual, weight, the engine's
 * result (null when the sheet could not be scored) and the unit's deviation reason.
 */
record IndicatorRow(
    String level1,
    String level2,
    String name,
    String target,
    String actual,
    BigDecimal weight,
    ItemResult result,
    String reason) {

  /**
   * The rows of a sheet: the engine's items in its order (a fixed framework lists its own leaves),
   * each joined to the sheet's row for the deviation reason; the sheet's rows when unscored.
   */
  static List<IndicatorRow> of(ScoreSheet sheet, SheetResult result) {
    List<IndicatorRow> rows = new ArrayList<>();
    if (result == null || result.items().isEmpty()) {
      for (Indicator i : sheet.indicators()) {
        rows.add(
            new IndicatorRow(
                i.level1(),
                i.level2(),
                i.name(),
                i.target(),
                i.actual(),
                i.weight(),
                null,
                i.deviationReason()));
      }
      return rows;
    }
    List<Indicator> indicators = sheet.indicators();
    boolean aligned = aligned(indicators, result.items());
    List<Indicator> unused = new ArrayList<>(indicators);
    for (int k = 0; k < result.items().size(); k++) {
      ItemResult item = result.items().get(k);
      Indicator row = aligned ? indicators.get(k) : byName(unused, item.name());
      unused.remove(row);
      String[] parts = item.path().split(" / ");
      String l1 = row != null && row.level1() != null ? row.level1() : part(parts, 0, 3);
      String l2 = row != null ? row.level2() : part(parts, 1, 3);
      String target = item.target() != null ? item.target() : row == null ? null : row.target();
      String actual = item.actual() != null ? item.actual() : row == null ? null : row.actual();
      rows.add(
          new IndicatorRow(
              l1,
              l2,
              item.name(),
              target,
              actual,
              item.weight(),
              item,
              row == null ? null : row.deviationReason()));
    }
    return rows;
  }

  /** Level-1 and level-2 names from a path "一级 / 二级 / 名称"; the last part is the name. */
  private static String part(String[] parts, int index, int expected) {
    if (parts.length < 2) {
      return null;
    }
    if (index == 0) {
      return parts[0];
    }
    return parts.length >= expected
        ? String.join(" / ", List.of(parts).subList(1, parts.length - 1))
        : null;
  }

  private static boolean aligned(List<Indicator> indicators, List<ItemResult> items) {
    if (indicators.size() != items.size()) {
      return false;
    }
    for (int k = 0; k < items.size(); k++) {
      if (!indicators.get(k).name().equals(items.get(k).name())) {
        return false;
      }
    }
    return true;
  }

  private static Indicator byName(List<Indicator> candidates, String name) {
    String wanted = LineNames.normalize(name);
    return candidates.stream()
        .filter(i -> LineNames.normalize(i.name()).equals(wanted))
        .findFirst()
        .orElse(null);
  }
}
