package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.TableKind;

/** “三公”经费 sentences: budget, actual, the change against budget and last year, and the reasons. */
final class ThreePublicSentences {
  private final DepartmentYear year;
  private final String unit;

  ThreePublicSentences(DepartmentYear year) {
    this.year = year;
    this.unit = year.source().amountUnit();
  }

  List<String> all() {
    List<String> out = new ArrayList<>();
    Optional<FigureLine> total = total();
    if (total.isEmpty()) {
      return out;
    }
    FigureLine l = total.get();
    BigDecimal budget = Tables.budget(l);
    List<String> parts = new ArrayList<>();
    if (budget != null) {
      parts.add("预算为" + Sentences.money(budget, unit));
    }
    if (l.actual() != null) {
      parts.add("实际支出" + Sentences.money(l.actual(), unit));
      if (budget != null) {
        parts.add(Sentences.change("预算", budget, l.actual(), unit));
      }
    }
    if (l.lastYearActual() != null) {
      parts.add("上年决算为" + Sentences.money(l.lastYearActual(), unit));
      if (l.actual() != null) {
        parts.add("本年实际支出" + Sentences.change("上年", l.lastYearActual(), l.actual(), unit));
      }
    }
    if (parts.isEmpty()) {
      return out;
    }
    out.add(year.year() + "年“三公”经费" + String.join("，", parts) + "。");
    List<String> items = new ArrayList<>();
    for (FigureLine item : l.items()) {
      String s = item(item);
      if (s != null) {
        items.add(s);
      }
    }
    if (!items.isEmpty()) {
      out.add("其中：" + String.join("；", items) + "。");
    }
    Set<String> reasons = new LinkedHashSet<>();
    for (FigureTable t : year.tables(TableKind.THREE_PUBLIC)) {
      t.allLines().stream()
          .map(FigureLine::reason)
          .filter(r -> r != null && !r.isBlank())
          .forEach(r -> reasons.add(Sentences.end(r)));
    }
    if (!reasons.isEmpty()) {
      out.add("变动原因：" + String.join("", reasons));
    }
    return out;
  }

  private String item(FigureLine item) {
    BigDecimal budget = Tables.budget(item);
    if (budget == null && item.actual() == null) {
      return null;
    }
    String name = Tables.plainName(item);
    List<String> parts = new ArrayList<>();
    if (budget != null) {
      parts.add("预算" + Sentences.money(budget, unit));
    }
    if (item.actual() != null) {
      parts.add("实际支出" + Sentences.money(item.actual(), unit));
    }
    return name + String.join("、", parts);
  }

  /** The 三公经费 total: from the 基础数据表 where the year has one, else the first table with items. */
  private Optional<FigureLine> total() {
    List<FigureTable> tables = year.tables(TableKind.THREE_PUBLIC);
    Optional<FigureTable> t =
        tables.stream()
            .filter(x -> x.id().startsWith("basic-data"))
            .findFirst()
            .or(
                () ->
                    tables.stream()
                        .filter(x -> Tables.ownLines(x).stream().anyMatch(FigureLine::hasItems))
                        .findFirst())
            .or(() -> tables.stream().filter(Tables::hasAmounts).findFirst());
    return t.flatMap(x -> Tables.ownLines(x).stream().filter(Tables::hasAmount).findFirst());
  }
}
