package org.jixiao.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.FigureTable;

/**
 * 算术审核的文字 — how the arithmetic family writes figures, sums and places: amounts as printed with
 * their unit, percentages at the printed precision, sums spelled out ({@code 491.13 + 146.5 =
 * 637.63}) and locations as {@code 表 › 行 › 列}.
 */
final class ArithFormat {
  static final String SEP = " › ";

  private ArithFormat() {}

  static String plain(BigDecimal v) {
    return v == null ? "—" : v.toPlainString();
  }

  /** An amount with its unit ({@code 637.63万元}); counts carry no money unit. */
  static String amount(BigDecimal v, String unit) {
    return plain(v) + (unit == null ? "" : unit);
  }

  /** The money unit of a column: none for counts. */
  static String unitOf(Column column, String amountUnit) {
    return column == Column.COUNT ? "" : amountUnit;
  }

  /** A percentage (already × 100) at {@code scale} decimals, at least two. */
  static String percent(BigDecimal percent, int scale) {
    return percent.setScale(Math.max(scale, 2), RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** The scale a sum of printed figures is exact at. */
  static int scaleOf(List<BigDecimal> terms) {
    return terms.stream().mapToInt(t -> Math.max(t.scale(), 0)).max().orElse(0);
  }

  /** {@code a + b − c = d}, each term as printed. */
  static String sum(List<BigDecimal> terms, BigDecimal result) {
    if (terms.isEmpty()) {
      return "0 = " + plain(result);
    }
    StringBuilder s = new StringBuilder(plain(terms.get(0)));
    for (int i = 1; i < terms.size(); i++) {
      BigDecimal t = terms.get(i);
      s.append(t.signum() < 0 ? " − " : " + ").append(plain(t.abs()));
    }
    return s.append(" = ").append(plain(result)).toString();
  }

  /** The table as a reader finds it: its title, with the id for the file. */
  static String table(FigureTable t) {
    String title = t.title() == null || t.title().isBlank() ? null : t.title();
    return title == null ? t.id() : "《" + title + "》（" + t.id() + "）";
  }

  static String at(String... parts) {
    return String.join(SEP, parts);
  }
}
