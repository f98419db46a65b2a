package org.jixiao.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.SheetResult;
import org.jixiao.scoring.SubtotalResult;

/**
 * 绩效指标 block of the self-evaluation forms: 一级 / 二级 merged down over their indicators, the level-1
 * cell showing its points, and each indicator's engine score (notes below the table give any stated
 * score that differs, and why an indicator is unscored).
 */
final class IndicatorBlock {
  private final Grid grid;
  private final ScoreNotes notes;
  private final List<String> scoreCells;
  private final List<String> weightCells;

  IndicatorBlock(Grid grid, ScoreNotes notes, List<String> scoreCells, List<String> weightCells) {
    this.grid = grid;
    this.notes = notes;
    this.scoreCells = scoreCells;
    this.weightCells = weightCells;
  }

  void write(List<IndicatorRow> rows, SheetResult result) {
    int h = grid.addRow();
    grid.put(h, 0, Cell.header("绩效指标"));
    String[] heads = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int c = 0; c < heads.length; c++) {
      grid.put(h, c + 1, Cell.header(heads[c]));
    }
    int start = grid.rows();
    for (IndicatorRow row : rows) {
      int r = grid.addRow();
      grid.put(r, 4, Cell.text(nz(row.target())));
      grid.put(r, 5, Cell.text(nz(row.actual())));
      grid.put(r, 6, Cell.number(row.weight(), Cell.Format.SCORE));
      if (row.weight() != null) {
        weightCells.add(Grid.ref(r, 6));
      }
      grid.put(r, 7, score(r, row));
      grid.put(r, 8, Cell.text(nz(row.reason())));
      if (row.level2() == null || row.level2().isBlank()) {
        grid.span(r, 2, 3, Cell.text(row.name()));
      } else {
        grid.put(r, 3, Cell.text(row.name()));
      }
    }
    if (rows.isEmpty()) {
      int r = grid.addRow();
      grid.span(r, 1, 8, Cell.text("（本表没有绩效指标）"));
    }
    levels(rows, start, result);
    grid.merge(h, 0, grid.rows() - 1, 0);
  }

  private Cell score(int r, IndicatorRow row) {
    ItemResult item = row.result();
    if (item == null) {
      return Cell.text("未评分");
    }
    notes.item(item, row.name());
    return switch (item.status()) {
      case EXCLUDED -> Cell.text(item.weight() == null ? "" : "不计分");
      case NOT_SCORED, STATED_OUT_OF_RANGE -> Cell.text("未评分");
      default -> {
        scoreCells.add(Grid.ref(r, 7));
        yield Cell.number(item.score().points(), Cell.Format.SCORE);
      }
    };
  }

  /** Merges equal consecutive level-1 names (col 1) and level-2 names within them (col 2). */
  private void levels(List<IndicatorRow> rows, int start, SheetResult result) {
    int k = 0;
    while (k < rows.size()) {
      int end = k;
      String l1 = rows.get(k).level1();
      while (end + 1 < rows.size() && Objects.equals(rows.get(end + 1).level1(), l1)) {
        end++;
      }
      grid.put(start + k, 1, Cell.label(level1Label(l1, rows.subList(k, end + 1), result)));
      grid.merge(start + k, 1, start + end, 1);
      level2(rows, start, k, end);
      k = end + 1;
    }
  }

  private void level2(List<IndicatorRow> rows, int start, int from, int to) {
    int k = from;
    while (k <= to) {
      int end = k;
      String l2 = rows.get(k).level2();
      if (l2 == null || l2.isBlank()) {
        k++;
        continue;
      }
      while (end + 1 <= to && Objects.equals(rows.get(end + 1).level2(), l2)) {
        end++;
      }
      grid.put(start + k, 2, Cell.label(l2));
      grid.merge(start + k, 2, start + end, 2);
      k = end + 1;
    }
  }

  private static String level1Label(String name, List<IndicatorRow> group, SheetResult result) {
    if (name == null) {
      return "";
    }
    BigDecimal weight = null;
    if (result != null) {
      weight =
          result.subtotals().stream()
              .filter(s -> s.level() == 1 && name.replaceAll("\\s+", "").equals(s.name()))
              .map(SubtotalResult::weight)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(null);
    }
    if (weight == null) {
      weight =
          group.stream()
              .map(IndicatorRow::weight)
              .filter(Objects::nonNull)
              .reduce(BigDecimal::add)
              .orElse(null);
    }
    return weight == null ? name : name + "\n（" + Numbers.points(weight) + "分）";
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
