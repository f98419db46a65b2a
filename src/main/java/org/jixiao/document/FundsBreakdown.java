package org.jixiao.document;

import java.util.List;
import java.util.function.BiConsumer;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.ScoreSheet;

/**
 * 资金来源与性质 — the funds block's 按收入性质分 / 按支出性质分 rows: side by side with one amount each (the
 * department form, seed 000), or one row per source with 年初 / 全年 / 执行 columns (the project form,
 * seed 004) whenever a line carries budget columns.
 */
final class FundsBreakdown {
  private final Grid grid;

  FundsBreakdown(Grid grid) {
    this.grid = grid;
  }

  /** A list of lines, or the single group line ("按收入性质分") whose items they are. */
  private record Group(String label, FigureLine head, List<FigureLine> lines) {
    static Group of(String label, List<FigureLine> lines) {
      if (lines.size() == 1 && lines.get(0).hasItems()) {
        return new Group(label, lines.get(0), lines.get(0).items());
      }
      return new Group(label, null, lines);
    }

    String heading() {
      if (head == null || head.actual() == null) {
        return label + "：";
      }
      return label + "：" + Numbers.amount(head.actual());
    }
  }

  void write(ScoreSheet.Funds f, BiConsumer<Integer, FigureLine> amounts) {
    Group income = Group.of("按收入性质分", f.byIncome());
    Group nature = Group.of("按支出性质分", f.byNature());
    if (income.lines().isEmpty() && nature.lines().isEmpty()) {
      return;
    }
    if (budgetColumns(income) || budgetColumns(nature) || nature.lines().isEmpty()) {
      rowsWithColumns(income, amounts);
      rowsWithColumns(nature, amounts);
    } else {
      sideBySide(income, nature);
    }
  }

  private static boolean budgetColumns(Group g) {
    return g.lines().stream()
        .anyMatch(l -> l.initialBudget() != null || l.fullYearBudget() != null);
  }

  private void rowsWithColumns(Group g, BiConsumer<Integer, FigureLine> amounts) {
    if (g.lines().isEmpty()) {
      return;
    }
    if (g.head() != null) {
      int h = grid.addRow();
      grid.span(h, 1, 2, Cell.label(Tables.name(g.head())));
      amounts.accept(h, g.head());
    }
    for (FigureLine line : g.lines()) {
      int r = grid.addRow();
      grid.span(r, 1, 2, Cell.label(Tables.name(line)));
      amounts.accept(r, line);
    }
  }

  private void sideBySide(Group income, Group nature) {
    int h = grid.addRow();
    grid.span(h, 1, 4, Cell.label(income.heading()));
    grid.span(h, 5, 8, Cell.label(nature.heading()));
    int n = Math.max(income.lines().size(), nature.lines().size());
    for (int k = 0; k < n; k++) {
      int r = grid.addRow();
      pair(r, 1, 3, 4, k < income.lines().size() ? income.lines().get(k) : null);
      pair(r, 5, 7, 8, k < nature.lines().size() ? nature.lines().get(k) : null);
    }
  }

  private void pair(int r, int from, int to, int amountCol, FigureLine line) {
    grid.span(r, from, to, Cell.label(line == null ? "" : Tables.name(line)));
    grid.put(r, amountCol, Cell.number(line == null ? null : line.actual(), Cell.Format.AMOUNT));
  }
}
