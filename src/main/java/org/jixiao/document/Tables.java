package org.jixiao.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.TableKind;

/** Finding the figures a form or a sentence needs among the year's tables, whatever their ids. */
final class Tables {
  private Tables() {}

  /**
   * The lines of one kind for the 基础数据表: the year's own 基础数据表 section when it has one ({@code
   * basic-data.*}), else the first table of the kind; of a per-unit table, the consolidated rows.
   */
  static List<FigureLine> basicLines(DepartmentYear year, TableKind kind) {
    List<FigureTable> tables = year.tables(kind);
    Optional<FigureTable> table =
        tables.stream()
            .filter(t -> t.id().startsWith("basic-data"))
            .findFirst()
            .or(() -> tables.stream().filter(Tables::hasAmounts).findFirst());
    return table.map(Tables::ownLines).orElse(List.of());
  }

  /** Top-level lines, keeping only the consolidated row of a per-unit table. */
  static List<FigureLine> ownLines(FigureTable table) {
    List<FigureLine> consolidated =
        table.lines().stream().filter(FigureLine::isConsolidated).toList();
    if (!consolidated.isEmpty()) {
      return consolidated;
    }
    boolean perUnit = table.lines().stream().anyMatch(l -> l.unit() != null);
    return perUnit ? table.lines().stream().filter(l -> l.unit() == null).toList() : table.lines();
  }

  /** The first line so named, at any depth, in the tables of the given kinds, that has figures. */
  static Optional<FigureLine> line(DepartmentYear year, String name, TableKind... kinds) {
    for (TableKind kind : kinds) {
      for (FigureTable t : year.tables(kind)) {
        Optional<FigureLine> found =
            t.allLines().stream().filter(l -> l.isNamed(name) && hasAmount(l)).findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The first table of a kind with a line whose category is {@code category} (基本支出 / 项目支出). */
  static Optional<FigureLine> categoryLine(DepartmentYear year, TableKind kind, String category) {
    return year.tables(kind).stream()
        .flatMap(t -> t.lines().stream())
        .filter(l -> category.equals(l.category()) && l.hasItems())
        .findFirst();
  }

  static boolean hasAmounts(FigureTable t) {
    return t.allLines().stream().anyMatch(Tables::hasAmount);
  }

  static boolean hasAmount(FigureLine l) {
    return l.lastYearActual() != null
        || l.initialBudget() != null
        || l.fullYearBudget() != null
        || l.adjustment() != null
        || l.actual() != null;
  }

  /** The 预算数 column of the forms: 年初预算 where given, else 全年预算. */
  static BigDecimal budget(FigureLine l) {
    return l.initialBudget() != null ? l.initialBudget() : l.fullYearBudget();
  }

  /** The name as printed, or the code when the line has no name. */
  static String name(FigureLine l) {
    return l.name() != null ? l.name().strip() : l.code();
  }

  /** The name without its list numbering: "1、业务工作经费" → "业务工作经费", "其中：办公经费" → "办公经费". */
  static String plainName(FigureLine l) {
    return name(l).replaceFirst("^(其中[:：])?\\s*([0-9一二三四五六七八九十]+[、.．]\\s*)?", "");
  }

  static String normalized(String name) {
    return name == null ? "" : LineNames.normalize(name);
  }

  static FigureLine blank(String name) {
    return blank(name, List.of());
  }

  static FigureLine blank(String name, List<FigureLine> items) {
    return new FigureLine(
        null, name, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, items);
  }
}
