package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分表结果 — a scored table: budget execution, every indicator, subtotals, total and grade, each
 * beside the report's figure.
 *
 * @param kind DEPARTMENT or PROJECT
 * @param budgetExecution the budget-execution line, when the framework scores one
 */
public record SheetResult(
    String id,
    String kind,
    String name,
    String frameworkId,
    String frameworkName,
    ItemResult budgetExecution,
    List<ItemResult> items,
    List<SubtotalResult> subtotals,
    Score total,
    BigDecimal statedTotal,
    String grade,
    String statedGrade,
    List<String> notes) {

  public SheetResult {
    items = List.copyOf(items);
    subtotals = List.copyOf(subtotals);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** Budget execution first, then the indicators: every scored line of the table. */
  public List<ItemResult> allItems() {
    return budgetExecution == null
        ? items
        : java.util.stream.Stream.concat(
                java.util.stream.Stream.of(budgetExecution), items.stream())
            .toList();
  }
}
