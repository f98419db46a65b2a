package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;

/**
 * 表中一行及其明细 — a line in its place: where it stands (table or block), the names leading to it, and
 * the lines it is the total of (its {@code items}, or the lines its 科目编码 nests).
 *
 * <p>A line's own amounts are claims. {@link #value} is what a reader takes the line to be (the
 * printed figure, or the sum of its items where the cell is blank); {@link #trueValue} recomputes
 * every subtotal from the leaves, so a check can tell where an error starts.
 *
 * @param unit the unit of the per-unit table row this line belongs to, or null
 * @param consolidated the line is (or is below) the consolidated row of a per-unit table
 * @param partial the items are a 其中 list (or a single item): they need not add up to the line
 */
record ArithNode(
    ArithPlace place,
    FigureLine line,
    String unit,
    boolean consolidated,
    List<String> path,
    List<ArithNode> children,
    boolean partial) {

  ArithNode {
    path = List.copyOf(path);
    children = List.copyOf(children);
  }

  /** The printed figure of a column, or null. */
  BigDecimal printed(Column c) {
    return line.amount(c);
  }

  boolean hasChildren() {
    return !children.isEmpty();
  }

  /** The printed figure, or the sum of the items where the cell is blank. */
  Optional<BigDecimal> value(Column c) {
    BigDecimal p = printed(c);
    return p != null ? Optional.of(p) : itemsSum(c);
  }

  /** The sum of the items as printed (blank items count as 0), if any item has the column. */
  Optional<BigDecimal> itemsSum(Column c) {
    return sum(children.stream().map(n -> n.value(c)).toList());
  }

  /** The figure every subtotal below would give if recomputed from the leaves. */
  Optional<BigDecimal> trueValue(Column c) {
    Optional<BigDecimal> fromItems = trueItemsSum(c);
    return fromItems.isPresent() ? fromItems : Optional.ofNullable(printed(c));
  }

  Optional<BigDecimal> trueItemsSum(Column c) {
    return sum(children.stream().map(n -> n.trueValue(c)).toList());
  }

  /** The items' figures as printed (or computed where blank), for a basis; blanks are left out. */
  List<BigDecimal> itemTerms(Column c) {
    return children.stream().map(n -> n.value(c)).flatMap(Optional::stream).toList();
  }

  List<BigDecimal> trueItemTerms(Column c) {
    return children.stream().map(n -> n.trueValue(c)).flatMap(Optional::stream).toList();
  }

  /**
   * Whether the printed figure is consistent with the items: blank, no items with the column, a 其中
   * list that does not exceed it, or a sum (as printed or recomputed) that rounds to it.
   */
  boolean agreesWithItems(Column c, Tolerance tolerance) {
    Optional<BigDecimal> sum = itemsSum(c);
    if (printed(c) == null || sum.isEmpty()) {
      return true;
    }
    BigDecimal p = ArithCompare.scaled(printed(c), itemTerms(c));
    if (partial) {
      return sum.get().compareTo(p) <= 0
          || tolerance.judge(p, sum.get()) == Tolerance.Verdict.AGREES;
    }
    return tolerance.judge(p, sum.get()) == Tolerance.Verdict.AGREES
        || tolerance.judge(p, trueItemsSum(c).orElseThrow()) == Tolerance.Verdict.AGREES;
  }

  /** This node and every node below it, parents first. */
  Stream<ArithNode> all() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(ArithNode::all));
  }

  /** 表 › 行 (the row as a reader would find it). */
  String row() {
    return ArithFormat.at(place.label(), String.join(ArithFormat.SEP, path));
  }

  /** 表 › 行 › 列. */
  String at(Column c) {
    return ArithFormat.at(row(), c.label());
  }

  String name() {
    return path.get(path.size() - 1);
  }

  String unitOf(Column c) {
    return ArithFormat.unitOf(c, place.amountUnit());
  }

  /** Whether this line belongs to one unit of a per-unit table (not the consolidated row). */
  boolean isUnitLine() {
    return unit != null && !consolidated;
  }

  static Optional<BigDecimal> sum(List<Optional<BigDecimal>> values) {
    BigDecimal total = null;
    for (Optional<BigDecimal> v : values) {
      if (v.isPresent()) {
        total = total == null ? v.get() : total.add(v.get());
      }
    }
    return Optional.ofNullable(total);
  }

  /** A line's name as printed, with its code where it has one ({@code 2080101 行政运行}). */
  static String label(FigureLine l) {
    String name = l.name() == null ? "" : l.name().strip();
    String code = l.code() == null ? "" : l.code().strip();
    if (code.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? code : code + " " + name;
  }

  static List<String> extend(List<String> path, String name) {
    List<String> p = new ArrayList<>(path);
    p.add(name);
    return p;
  }
}
