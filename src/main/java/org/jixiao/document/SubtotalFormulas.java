package org.jixiao.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.budget.FigureLine;

/**
 * 合计行公式 — a line with items gets {@code =SUM(items)} where its items add up to what the unit
 * entered (or it entered nothing); where they do not, the entered figure stays (the items may be a
 * partial 其中 list) and a note below the table gives both numbers.
 */
final class SubtotalFormulas {
  private final Grid grid;

  SubtotalFormulas(Grid grid) {
    this.grid = grid;
  }

  Cell cell(
      FigureLine line,
      Function<FigureLine, BigDecimal> value,
      List<Integer> itemRows,
      int col,
      Cell.Format format,
      String label) {
    BigDecimal own = value.apply(line);
    BigDecimal sum = sum(line, value);
    if (sum == null) {
      return Cell.number(own, format);
    }
    if (own == null || own.compareTo(sum) == 0) {
      String refs = itemRows.stream().map(r -> Grid.ref(r, col)).collect(Collectors.joining(","));
      return Cell.formula("SUM(" + refs + ")", sum, format);
    }
    grid.note(
        "注：“"
            + Tables.name(line)
            + "”"
            + label
            + "填报为 "
            + Numbers.amount(own)
            + "，其中各项合计 "
            + Numbers.amount(sum)
            + "；表中保留填报数（其中各项可能只列举了一部分）。");
    return Cell.number(own, format);
  }

  /**
   * The sum of the items' values, an item without its own value counting its items; null if none.
   */
  static BigDecimal sum(FigureLine line, Function<FigureLine, BigDecimal> value) {
    BigDecimal total = null;
    for (FigureLine item : line.items()) {
      BigDecimal v = value.apply(item);
      if (v == null && item.hasItems()) {
        v = sum(item, value);
      }
      if (v != null) {
        total = total == null ? v : total.add(v);
      }
    }
    return total;
  }
}
