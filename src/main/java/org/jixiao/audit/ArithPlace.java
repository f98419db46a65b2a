package org.jixiao.audit;

import org.jixiao.budget.FigureTable;
import org.jixiao.budget.TableKind;

/**
 * 所在位置 — where a line stands: a figure table, or a block of the year that holds lines the same way
 * (the social-insurance fund, a score sheet's funds).
 *
 * @param label the place as a reader finds it (表名与编号)
 * @param amountUnit the money unit of its amounts
 * @param table the table, or null for a block
 * @param kind the table's kind, or null for a block
 */
record ArithPlace(String label, String amountUnit, FigureTable table, TableKind kind) {

  static ArithPlace of(FigureTable t, String fileUnit) {
    String unit = t.amountUnit() == null || t.amountUnit().isBlank() ? fileUnit : t.amountUnit();
    return new ArithPlace(ArithFormat.table(t), unit, t, t.kind());
  }

  static ArithPlace block(String label, String amountUnit) {
    return new ArithPlace(label, amountUnit, null, null);
  }

  /** The title (or id) used to tell scopes apart. */
  String title() {
    if (table == null) {
      return label;
    }
    return table.title() == null ? table.id() : table.title();
  }
}
