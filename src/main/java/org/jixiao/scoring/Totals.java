package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.TableKind;

/**
 * 取表中合计 — finds a table's total the way reports lay them out: the consolidated (汇总) line, a single
 * top-level line, or the sum of the top-level lines. Lookups by name go through {@link
 * FigureLine#isNamed}, never by position.
 */
final class Totals {
  private Totals() {}

  /** The first table of the kind, if the year has one. */
  static Optional<FigureTable> table(DepartmentYear year, TableKind kind) {
    return year.tables(kind).stream().findFirst();
  }

  /**
   * A column's total in a table: the consolidated line, else the single top-level line, else the
   * sum of the top-level lines that have the column.
   */
  static Optional<BigDecimal> total(FigureTable table, Column column) {
    Optional<FigureLine> consolidated =
        table.lines().stream().filter(FigureLine::isConsolidated).findFirst();
    if (consolidated.isPresent()) {
      return Optional.ofNullable(consolidated.get().amount(column));
    }
    List<FigureLine> top = table.lines();
    if (top.size() == 1) {
      return Optional.ofNullable(top.get(0).amount(column));
    }
    return sum(top, l -> l.amount(column));
  }

  static Optional<BigDecimal> sum(List<FigureLine> lines, Function<FigureLine, BigDecimal> column) {
    BigDecimal sum = null;
    for (FigureLine l : lines) {
      BigDecimal v = column.apply(l);
      if (v != null) {
        sum = sum == null ? v : sum.add(v);
      }
    }
    return Optional.ofNullable(sum);
  }

  /** The first line anywhere in the year's tables named one of {@code names}. */
  static Optional<FigureLine> line(DepartmentYear year, List<TableKind> kinds, String... names) {
    for (TableKind kind : kinds) {
      for (FigureTable t : year.tables(kind)) {
        for (FigureLine l : t.allLines()) {
          for (String n : names) {
            if (l.isNamed(n)) {
              return Optional.of(l);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A line's budget: 全年预算 if printed, else 年初预算. */
  static BigDecimal budget(FigureLine l) {
    return l.fullYearBudget() != null ? l.fullYearBudget() : l.initialBudget();
  }
}
